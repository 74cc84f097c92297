import "server-only";
import { Resend } from "resend";
import { db } from "@/lib/db";
import { isMailboxEnabled, mailFrom, resendApiKey } from "@/lib/env";
import { clock } from "@/lib/clock";
import type { TRenderedEmail } from "./mail-queue";

// Hands one rendered mail to the provider: Resend with RESEND_API_KEY, otherwise the
// development outbox (/dev/mailbox). Called only by the worker. The job's id makes a
// repeated delivery (a worker killed after sending, before recording it) a no-op: it is
// Resend's idempotency key, and the outbox row's own id. Throws on failure; the worker
// retries.
export async function deliverEmail(email: TRenderedEmail, jobId: string): Promise<{ providerId: string | null }> {
  const apiKey = resendApiKey();
  if (!apiKey) {
    if (!isMailboxEnabled()) throw new Error("No mail provider: RESEND_API_KEY is not set and the development outbox is off");
    const { template, to, subject, html, text } = email;
    await db.outboxEmail.upsert({
      where: { id: jobId },
      create: { id: jobId, to, subject, html, text, template, createdAt: clock.now() },
      update: {},
    });
    const link = text.match(/https?:\/\/\S+\/(activate|reset-password|confirm-email|invitation)\/\S+/)?.[0];
    console.info(`[mail] ${template} → ${to}${link ? ` ${link}` : ""}`);
    return { providerId: null };
  }
  const { data, error } = await new Resend(apiKey).emails.send(
    { from: mailFrom(), to: email.to, subject: email.subject, html: email.html, text: email.text, ...(email.headers ? { headers: email.headers } : {}) },
    { idempotencyKey: `mail-job/${jobId}` },
  );
  if (error) throw new Error(`Resend: ${error.message}`);
  console.info(`[mail] ${email.template} → ${email.to} sent (${data?.id})`);
  return { providerId: data?.id ?? null };
}
