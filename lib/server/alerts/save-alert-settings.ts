import "server-only";
import { db } from "@/lib/db";
import { clock } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import type { TCaller } from "@/lib/auth/cabinet";
import { writeAudit } from "@/lib/server/audit/write-audit";
import type { TRequestMeta } from "@/lib/request-meta";
import { getAlertSettings } from "./get-alert-settings";

type TInput = {
  alerts: Array<{ kind: string; isEmailOn: boolean; isNoticeOn: boolean }>;
  threshold?: number;
};

// Stores the caller's own choices for the kinds they may have in this account; a kind they
// may not have is refused, not silently kept. A channel the kind lacks stays off. Changing
// the threshold re-arms the low-balance alert, so the next charge below the new threshold
// alerts.
export async function saveAlertSettings(caller: TCaller, input: TInput, meta?: TRequestMeta): Promise<{ saved: number }> {
  const current = await getAlertSettings(caller);
  const allowed = new Map(current.rows.map((r) => [r.kind as string, r]));
  for (const row of input.alerts) {
    if (!allowed.has(row.kind)) throw new AppError("FORBIDDEN", "forbidden");
  }
  if (input.threshold !== undefined && current.thresholdTiyn === null) throw new AppError("FORBIDDEN", "forbidden");
  const now = clock.now();
  const isThresholdChanged = input.threshold !== undefined && input.threshold !== current.thresholdTiyn;
  await db.$transaction(async (tx) => {
    for (const row of input.alerts) {
      const channel = allowed.get(row.kind)!;
      const thresholdTiyn = row.kind === "LOW_BALANCE" ? (input.threshold ?? current.thresholdTiyn) : null;
      const data = { isEmailOn: row.isEmailOn, isNoticeOn: channel.hasNoticeChannel && row.isNoticeOn, thresholdTiyn, updatedAt: now };
      await tx.alertPreference.upsert({
        where: { userId_accountId_kind: { userId: caller.userId, accountId: caller.accountId, kind: row.kind } },
        update: data,
        create: { userId: caller.userId, accountId: caller.accountId, kind: row.kind, ...data },
      });
    }
    if (input.threshold !== undefined && !input.alerts.some((r) => r.kind === "LOW_BALANCE")) {
      const low = allowed.get("LOW_BALANCE")!;
      await tx.alertPreference.upsert({
        where: { userId_accountId_kind: { userId: caller.userId, accountId: caller.accountId, kind: "LOW_BALANCE" } },
        update: { thresholdTiyn: input.threshold, updatedAt: now },
        create: { userId: caller.userId, accountId: caller.accountId, kind: "LOW_BALANCE", isEmailOn: low.isEmailOn, isNoticeOn: low.isNoticeOn, thresholdTiyn: input.threshold, updatedAt: now },
      });
    }
    if (isThresholdChanged) await tx.lowBalanceState.deleteMany({ where: { userId: caller.userId, accountId: caller.accountId } });
    await writeAudit(
      {
        accountId: caller.accountId,
        actorId: caller.actorId,
        subjectUserId: caller.userId,
        action: "alerts.update",
        objectType: "user",
        objectId: caller.userId,
        details: { alerts: input.alerts, threshold: input.threshold ?? null },
        meta,
      },
      tx,
    );
  });
  return { saved: input.alerts.length };
}
