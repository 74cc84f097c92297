import { deliverDueMail } from "@/lib/email/deliver-due-mail";

// Runs the mail worker until nothing is due: what the unit tests do where the server's
// worker (instrumentation.ts) would deliver in the background.
export async function deliverQueuedMail(): Promise<void> {
  while ((await deliverDueMail()).claimed > 0);
}
