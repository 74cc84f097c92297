import "server-only";
import { sendEmail, type TEmail } from "@/lib/email/send-email";

// Request mail goes to the outbox after the message is saved; the worker delivers it with
// retries. Should even queueing fail, the message is already saved in the thread (and,
// for customers, in the cabinet's notices), so the failure is logged rather than undoing
// the message or asking the person to post it twice.
export async function deliverMail(email: TEmail): Promise<boolean> {
  try {
    await sendEmail(email);
    return true;
  } catch (error) {
    console.error(`[requests] mail ${email.template} to ${email.to} failed`, error);
    return false;
  }
}
