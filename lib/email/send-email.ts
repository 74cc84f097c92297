import "server-only";
import type { ReactElement } from "react";
import { render } from "@react-email/render";
import { db, type Tx } from "@/lib/db";
import { queueMail } from "./mail-queue";

export type TEmail = { to: string; subject: string; template: string; react: ReactElement };

// Renders a composed mail and puts it in the outbox (mail-queue.ts), with `tx` when the
// change that causes it is a transaction of its own. Delivery is the worker's.
export async function sendEmail(email: TEmail, tx?: Tx): Promise<void> {
  const html = await render(email.react);
  const text = await render(email.react, { plainText: true });
  await queueMail({ kind: "rendered", email: { to: email.to, subject: email.subject, template: email.template, html, text } }, tx ?? db);
}
