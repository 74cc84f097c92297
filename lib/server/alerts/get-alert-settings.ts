import "server-only";
import { db } from "@/lib/db";
import type { TCaller } from "@/lib/auth/cabinet";
import { ALERT_KINDS, effectiveChoice, hasNoticeChannel, type TAlertKind } from "./alert-kinds";
import { can } from "@/lib/auth/permissions";

export type TAlertSettingRow = {
  kind: TAlertKind;
  isEmailOn: boolean;
  isNoticeOn: boolean;
  hasNoticeChannel: boolean; // false: the event is in the account's notices already
};

export type TAlertSettings = {
  accountId: string;
  accountNumber: string;
  rows: TAlertSettingRow[];
  thresholdTiyn: number | null; // null: no low-balance alert for this person here
  isOwner: boolean;
};

// The caller's own alert settings in the current account: only the kinds their grants and
// the account's billing method allow, each with their choice or the defaults. Scoped to the
// caller: a person reads and sets only their own.
export async function getAlertSettings(caller: TCaller): Promise<TAlertSettings> {
  const account = await db.account.findUniqueOrThrow({
    where: { id: caller.accountId },
    select: {
      number: true,
      billingMethod: true,
      alertPreferences: { where: { userId: caller.userId }, select: { kind: true, isEmailOn: true, isNoticeOn: true, thresholdTiyn: true } },
    },
  });
  const holder = { role: caller.role, permissions: caller.permissions, billingMethod: account.billingMethod };
  const stored = new Map(account.alertPreferences.map((p) => [p.kind, p]));
  const rows: TAlertSettingRow[] = [];
  let thresholdTiyn: number | null = null;
  for (const kind of ALERT_KINDS) {
    const choice = effectiveChoice(kind, holder, stored.get(kind));
    if (!choice) continue;
    const canNotice = hasNoticeChannel(kind) && can(holder, "notices.read");
    rows.push({ kind, isEmailOn: choice.isEmailOn, isNoticeOn: choice.isNoticeOn, hasNoticeChannel: canNotice });
    if (kind === "LOW_BALANCE") thresholdTiyn = choice.thresholdTiyn;
  }
  return { accountId: caller.accountId, accountNumber: account.number, rows, thresholdTiyn, isOwner: caller.role === "OWNER" };
}
