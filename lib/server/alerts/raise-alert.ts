import "server-only";
import type { Tx } from "@/lib/db";
import { clock } from "@/lib/clock";
import { queueMail } from "@/lib/email/mail-queue";
import { noticeTexts } from "@/lib/server/notices/notice-texts";
import type { TAlertKind } from "./alert-kinds";
import { listAlertRecipients, type TAlertRecipient } from "./list-alert-recipients";
import { LOCALES, renderAlertText, type TAlertMessage } from "./alert-message";

export type TAlertOutcome = { mailed: string[]; noticed: string[] };

// Delivers one alert to one person, in the transaction of the change that causes it: a
// notice only they see (audience USER) and/or a mail job for the outbox, as they chose.
// The mail is queued as data and rendered by the worker in the person's language, with
// its unsubscribe link (render-alert-mail.tsx): the transaction holds no rendering.
export async function deliverAlert(
  tx: Tx,
  recipient: TAlertRecipient,
  message: TAlertMessage,
  account: { id: string; number: string },
  outcome: TAlertOutcome = { mailed: [], noticed: [] },
): Promise<TAlertOutcome> {
  if (recipient.choice.isNoticeOn) {
    const texts = await Promise.all(LOCALES.map((locale) => renderAlertText(message, locale)));
    await tx.notice.create({
      data: {
        audience: "USER",
        accountId: account.id,
        userId: recipient.userId,
        kind: "ALERT",
        severity: message.severity ?? "INFO",
        ...noticeTexts(texts),
        publishAt: clock.now(),
        createdAt: clock.now(),
      },
    });
    outcome.noticed.push(recipient.userId);
  }
  if (recipient.choice.isEmailOn) {
    await queueMail(
      {
        kind: "alert",
        alert: {
          to: recipient.email,
          name: recipient.name,
          locale: recipient.locale,
          userId: recipient.userId,
          accountId: account.id,
          accountNumber: account.number,
          message,
        },
      },
      tx,
    );
    outcome.mailed.push(recipient.email);
  }
  return outcome;
}

// The alert to every member who has it on, except `exceptUserId` (who caused the event
// and needs no mail about it).
export async function raiseAlert(
  tx: Tx,
  accountId: string,
  message: TAlertMessage & { kind: TAlertKind },
  options: { exceptUserId?: string | null; requestAuthorId?: string } = {},
): Promise<TAlertOutcome> {
  const account = await tx.account.findUnique({ where: { id: accountId }, select: { id: true, number: true } });
  const outcome: TAlertOutcome = { mailed: [], noticed: [] };
  if (!account) return outcome;
  for (const recipient of await listAlertRecipients(tx, accountId, message.kind, { requestAuthorId: options.requestAuthorId })) {
    if (recipient.userId === options.exceptUserId) continue;
    await deliverAlert(tx, recipient, message, account, outcome);
  }
  return outcome;
}
