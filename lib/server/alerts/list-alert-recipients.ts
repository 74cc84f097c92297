import "server-only";
import type { db, Tx } from "@/lib/db";
import { parsePermissions } from "@/lib/auth/permissions";
import { effectiveChoice, type TAlertChoice, type TAlertKind } from "./alert-kinds";

export type TAlertRecipient = {
  userId: string;
  email: string;
  name: string;
  locale: string;
  choice: TAlertChoice;
};

// The active members of an account who have the alert on by at least one channel, with
// their effective choice (their row, or the defaults for their grants). Read in the
// transaction of the change that raises the alert.
export async function listAlertRecipients(
  tx: Tx | typeof db,
  accountId: string,
  kind: TAlertKind,
  context: { requestAuthorId?: string } = {},
): Promise<TAlertRecipient[]> {
  const account = await tx.account.findUnique({
    where: { id: accountId },
    select: {
      billingMethod: true,
      memberships: {
        where: { status: "ACTIVE", user: { status: "ACTIVE" } },
        select: { role: true, permissions: true, user: { select: { id: true, email: true, name: true, locale: true } } },
      },
      alertPreferences: { where: { kind }, select: { userId: true, isEmailOn: true, isNoticeOn: true, thresholdTiyn: true } },
    },
  });
  if (!account) return [];
  const stored = new Map(account.alertPreferences.map((p) => [p.userId, p]));
  const recipients: TAlertRecipient[] = [];
  for (const m of account.memberships) {
    const holder = { role: m.role, permissions: parsePermissions(m.permissions), billingMethod: account.billingMethod };
    const choice = effectiveChoice(kind, holder, stored.get(m.user.id), { isRequestAuthor: m.user.id === context.requestAuthorId });
    if (!choice || (!choice.isEmailOn && !choice.isNoticeOn)) continue;
    recipients.push({ userId: m.user.id, email: m.user.email, name: m.user.name, locale: m.user.locale, choice });
  }
  return recipients;
}
