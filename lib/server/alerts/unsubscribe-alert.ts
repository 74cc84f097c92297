import "server-only";
import { db } from "@/lib/db";
import { clock } from "@/lib/clock";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { readUnsubscribeToken } from "./unsubscribe-token";
import { listAlertRecipients } from "./list-alert-recipients";

export type TUnsubscribeInfo = { kind: string; email: string; accountNumber: string; isEmailOn: boolean };

// What an unsubscribe link is about, for its confirmation page: null for a forged link, or
// one whose person is no longer a member of the account.
export async function inspectUnsubscribe(token: string): Promise<TUnsubscribeInfo | null> {
  const target = readUnsubscribeToken(token);
  if (!target) return null;
  const membership = await db.membership.findUnique({
    where: { userId_accountId: { userId: target.userId, accountId: target.accountId } },
    select: { user: { select: { email: true } }, account: { select: { number: true } } },
  });
  if (!membership) return null;
  const isEmailOn = (await listAlertRecipients(db, target.accountId, target.kind)).some((r) => r.userId === target.userId && r.choice.isEmailOn);
  return { kind: target.kind, email: membership.user.email, accountNumber: membership.account.number, isEmailOn };
}

// Turns the mail of exactly that alert kind off for exactly that person in that account;
// the notice channel and the threshold stay as they were. Idempotent: a second click (or
// a mail client's RFC 8058 POST followed by the person's own) changes nothing more.
export async function unsubscribeAlert(token: string): Promise<TUnsubscribeInfo | null> {
  const target = readUnsubscribeToken(token);
  if (!target) return null;
  const info = await inspectUnsubscribe(token);
  if (!info) return null;
  const current = (await listAlertRecipients(db, target.accountId, target.kind)).find((r) => r.userId === target.userId);
  const stored = await db.alertPreference.findUnique({
    where: { userId_accountId_kind: { userId: target.userId, accountId: target.accountId, kind: target.kind } },
  });
  const now = clock.now();
  await db.$transaction(async (tx) => {
    await tx.alertPreference.upsert({
      where: { userId_accountId_kind: { userId: target.userId, accountId: target.accountId, kind: target.kind } },
      update: { isEmailOn: false, updatedAt: now },
      create: {
        userId: target.userId,
        accountId: target.accountId,
        kind: target.kind,
        isEmailOn: false,
        isNoticeOn: stored?.isNoticeOn ?? current?.choice.isNoticeOn ?? false,
        thresholdTiyn: stored?.thresholdTiyn ?? current?.choice.thresholdTiyn ?? null,
        updatedAt: now,
      },
    });
    if (info.isEmailOn) {
      await writeAudit(
        { accountId: target.accountId, actorId: target.userId, action: "alerts.unsubscribe", objectType: "user", objectId: target.userId, details: { kind: target.kind } },
        tx,
      );
    }
  });
  return { ...info, isEmailOn: false };
}
