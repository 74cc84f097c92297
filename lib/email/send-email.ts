import "server-only";
import type { ReactElement } from "react";
import { render } from "@react-email/render";
import { Resend } from "resend";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isMailboxEnabled, mailFrom, resendApiKey } from "@/lib/env";

export type TEmail = { to: string; subject: string; template: string; react: ReactElement };

// The one way mail leaves the cabinet. With RESEND_API_KEY it goes through Resend;
// without it, it lands in the development outbox (/dev/mailbox). The caller awaits it: a
// failure throws MAIL_FAILED, which the person sees, and they can ask again.
export async function sendEmail(email: TEmail): Promise<void> {
  const html = await render(email.react);
  const text = await render(email.react, { plainText: true });
  const apiKey = resendApiKey();

  if (!apiKey) {
    if (!isMailboxEnabled()) throw new AppError("MAIL_FAILED", "mailFailed");
    await db.outboxEmail.create({ data: { to: email.to, subject: email.subject, html, text, template: email.template } });
    const link = text.match(/https?:\/\/\S+\/(activate|reset-password|confirm-email|invitation)\/\S+/)?.[0];
    console.info(`[mail] ${email.template} → ${email.to}${link ? ` ${link}` : ""}`);
    return;
  }

  const { data, error } = await new Resend(apiKey).emails.send({ from: mailFrom(), to: email.to, subject: email.subject, html, text });
  if (error) {
    console.error(`[mail] ${email.template} → ${email.to} failed: ${error.message}`);
    throw new AppError("MAIL_FAILED", "mailFailed");
  }
  console.info(`[mail] ${email.template} → ${email.to} sent (${data?.id})`);
}
