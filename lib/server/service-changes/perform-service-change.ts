import "server-only";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { formatMoney } from "@/lib/money";
import type { TAccountCtx } from "@/lib/safe-action";
import { nextInSequence } from "@/lib/server/sequences/next-in-sequence";
import { almatyYear, requestNumber } from "@/lib/server/requests/request-rules";
import { refuse } from "@/lib/server/requests/refuse";
import { mailStaffMessage } from "@/lib/server/requests/mail-staff-message";
import { auditCode } from "@/lib/server/audit/audit-actions";
import { planServiceChange, type TChangeInput } from "./plan-service-change";
import { assertAffordable } from "./assert-affordable";
import { applyServiceChange } from "./apply-service-change";
import { describeChange } from "./describe-change";
import { claimWriteLock, WRITE_TX } from "@/lib/server/requests/tx-options";
import { clock } from "@/lib/clock";

export type TServiceChangeOutcome =
  | { outcome: "APPLIED"; changeId: string; subscriptionId: string; chargedTiyn: number; summary: string }
  | { outcome: "REQUESTED"; changeId: string; requestId: string; requestNumber: string; summary: string };

// A customer's connect / change / disconnect: applied at once when the offer allows it,
// otherwise filed as a SERVICE_CHANGE request for staff. Either way a ServiceChange row
// and an audit row record it. Prepaid accounts must afford the first month of an increase.
export async function performServiceChange(ctx: TAccountCtx, input: TChangeInput): Promise<TServiceChangeOutcome> {
  const now = clock.now();
  const actorId = ctx.auth.user.id;
  const account = ctx.account;
  const t = await getTranslations("requests");
  const result = await db.$transaction(async (tx): Promise<TServiceChangeOutcome & { body?: string }> => {
    await claimWriteLock(tx);
    const plan = await planServiceChange(tx, account, input);
    if (plan.subscription) {
      const pending = await tx.serviceChange.findFirst({ where: { subscriptionId: plan.subscription.id, status: "PENDING" } });
      if (pending) await refuse("subscriptionId", "changes.errors.pendingExists");
    }
    await assertAffordable(tx, account, plan.deltaNet, now, ctx.locale, input.action === "CONNECT" ? "tariffId" : "quantity");
    const summary = describeChange(t as never, ctx.locale, plan);
    const row = {
      accountId: account.id,
      action: input.action,
      tariffId: plan.tariff?.id ?? null,
      subscriptionId: plan.subscription?.id ?? null,
      quantity: plan.action === "DISCONNECT" ? null : plan.quantity,
      createdById: actorId,
    };
    if (plan.approvalReason) {
      const year = almatyYear(now);
      const number = requestNumber(year, await nextInSequence(tx, `REQ-${year}`));
      const body = t("changes.request.body", {
        summary,
        reason: t(`changes.reason.${plan.approvalReason}`),
        monthly: formatMoney(plan.newMonthlyNet, ctx.locale),
      });
      const request = await tx.supportRequest.create({
        data: {
          number,
          accountId: account.id,
          topic: "SERVICE_CHANGE",
          subject: summary.slice(0, 200),
          createdById: actorId,
          messages: { create: { authorId: actorId, isStaff: false, body } },
        },
      });
      const change = await tx.serviceChange.create({ data: { ...row, status: "PENDING", requestId: request.id } });
      return { outcome: "REQUESTED", changeId: change.id, requestId: request.id, requestNumber: number, summary, body };
    }
    const applied = await applyServiceChange(tx, plan, { accountId: account.id, actorId, now });
    const change = await tx.serviceChange.create({
      data: { ...row, subscriptionId: applied.subscriptionId, status: "APPLIED", decidedAt: now },
    });
    return { outcome: "APPLIED", changeId: change.id, subscriptionId: applied.subscriptionId, chargedTiyn: applied.chargedTiyn, summary };
  }, WRITE_TX);

  const { body, ...outcome } = result;
  await ctx.audit({
    accountId: account.id,
    action: outcome.outcome === "APPLIED" ? `service.${auditCode(input.action)}` : "service_change.request",
    objectType: "ServiceChange",
    objectId: outcome.changeId,
    details: { ...input, ...outcome },
  });
  if (outcome.outcome === "REQUESTED") await mailStaffMessage(outcome.requestId, body ?? outcome.summary, "created");
  return outcome;
}
