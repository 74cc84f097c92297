import "server-only";
import { db } from "@/lib/db";
import { clock } from "@/lib/clock";
import { renderAuthMail } from "@/lib/server/auth/send-auth-mail";
import { handleSignInRequest } from "@/lib/server/auth/handle-sign-in-request";
import { renderAlertMail } from "@/lib/server/alerts/render-alert-mail";
import { deliverEmail } from "./deliver-email";
import type { TRenderedEmail, TStoredMailJobData } from "./mail-queue";

// One pass of the mail worker over the due jobs of MailJob (see mail-queue.ts).
// Delivery is at least once and, through the job's id as idempotency key, in effect once:
// - a job is claimed by moving its `runAt` a lease ahead, in one conditional update, so two
//   workers (two web instances) never deliver it at the same time;
// - a worker killed mid-delivery leaves the job due again when the lease ends;
// - a failure is recorded on the job (lastError) and retried after 30 s, 1, 2, 4 … minutes,
//   at most an hour apart; after MAIL_MAX_ATTEMPTS the job is FAILED, shown to staff at
//   /staff/mail, who can send it again. Nothing is dropped silently.
export const MAIL_LEASE_MS = 5 * 60_000;
export const MAIL_MAX_ATTEMPTS = 8;
export const MAIL_BATCH = 20;

export function retryDelayMs(attempt: number): number {
  return Math.min(30_000 * 2 ** (attempt - 1), 60 * 60_000);
}

async function renderJob(payload: string): Promise<TRenderedEmail> {
  const data = JSON.parse(payload) as TStoredMailJobData;
  if (data.kind === "rendered") return data.email;
  if (data.kind === "request") throw new Error("a sign-in request is settled, not rendered");
  if (data.kind === "alert") return renderAlertMail(data.alert);
  const mail = "expiresAt" in data.mail && data.mail.expiresAt ? { ...data.mail, expiresAt: new Date(data.mail.expiresAt) } : data.mail;
  return renderAuthMail(data.person, mail as Parameters<typeof renderAuthMail>[1]);
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}

export async function deliverDueMail(limit = MAIL_BATCH): Promise<{ claimed: number; sent: number; settled: number; retried: number; failed: number }> {
  const now = clock.now();
  const due = await db.mailJob.findMany({
    where: { status: "PENDING", runAt: { lte: now } },
    orderBy: { runAt: "asc" },
    take: limit,
    select: { id: true },
  });
  const tally = { claimed: 0, sent: 0, settled: 0, retried: 0, failed: 0 };
  for (const { id } of due) {
    const claim = await db.mailJob.updateMany({
      where: { id, status: "PENDING", runAt: { lte: now } },
      data: { runAt: new Date(now.getTime() + MAIL_LEASE_MS), attempts: { increment: 1 } },
    });
    if (claim.count === 0) continue; // another worker has it
    tally.claimed += 1;
    const job = await db.mailJob.findUniqueOrThrow({ where: { id }, select: { id: true, kind: true, payload: true, attempts: true } });
    try {
      if (job.kind === "request") {
        // A sign-in form's submission: settled (the mail it causes is queued as a job of
        // its own), then removed, so a stranger's address typed into a form is not kept.
        // A crash between the two settles it again: a newer link replaces the older one.
        await handleSignInRequest((JSON.parse(job.payload) as Extract<TStoredMailJobData, { kind: "request" }>).request);
        await db.mailJob.delete({ where: { id } });
        tally.settled += 1;
        continue;
      }
      const email = await renderJob(job.payload);
      await deliverEmail(email, job.id);
      // The links in a sent mail are no longer kept: the stored tokens are only hashes.
      await db.mailJob.update({
        where: { id },
        data: { status: "SENT", sentAt: clock.now(), lastError: null, payload: JSON.stringify({ subject: email.subject }) },
      });
      tally.sent += 1;
    } catch (error) {
      const isLast = job.attempts >= MAIL_MAX_ATTEMPTS;
      await db.mailJob.update({
        where: { id },
        data: isLast
          ? { status: "FAILED", lastError: describe(error) }
          : { lastError: describe(error), runAt: new Date(clock.nowMs() + retryDelayMs(job.attempts)) },
      });
      console.error(`[mail] job ${id} attempt ${job.attempts} failed${isLast ? ", giving up" : ""}: ${describe(error)}`);
      if (isLast) tally.failed += 1;
      else tally.retried += 1;
    }
  }
  return tally;
}
