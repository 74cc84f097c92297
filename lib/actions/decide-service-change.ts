"use server";

import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { staffAction } from "@/lib/safe-action";
import { ZDecideServiceChange } from "@/lib/schemas/service-changes";
import { refuse } from "@/lib/server/requests/refuse";
import { createRequestNotice } from "@/lib/server/requests/create-request-notice";
import { alertRequestAnswered } from "@/lib/server/alerts/alert-request-answered";
import { planServiceChange } from "@/lib/server/service-changes/plan-service-change";
import { assertAffordable } from "@/lib/server/service-changes/assert-affordable";
import { applyServiceChange } from "@/lib/server/service-changes/apply-service-change";
import { describeChange } from "@/lib/server/service-changes/describe-change";
import { claimWriteLock, WRITE_TX } from "@/lib/server/requests/tx-options";
import { clock } from "@/lib/clock";

// Staff approve a pending service change (it is applied now, with the same checks and
// charges as a self-service one) or reject it with a reason. Either way the request gets
// an answer, is resolved, and the customer is told (a notice, and the mail of the alert).
export const decideServiceChange = staffAction("SUPPORT", ZDecideServiceChange, async (input, ctx) => {
  const change = await db.serviceChange.findUnique({ where: { id: input.changeId }, include: { request: true, account: true } });
  if (!change || !change.request) throw new AppError("NOT_FOUND", "notFound");
  if (change.status !== "PENDING") await refuse("decision", "changes.errors.alreadyDecided");
  const request = change.request;
  const staffId = ctx.auth.actor.id;
  const now = clock.now();
  const t = await getTranslations("requests");

  const outcome = await db.$transaction(async (tx) => {
    await claimWriteLock(tx);
    let body: string;
    let chargedTiyn = 0;
    if (input.decision === "APPROVE") {
      if (change.account.status !== "ACTIVE") await refuse("decision", "changes.errors.accountNotActive");
      const plan = await planServiceChange(tx, change.account, {
        action: change.action as "CONNECT" | "CHANGE" | "DISCONNECT",
        tariffId: change.tariffId,
        subscriptionId: change.subscriptionId,
        quantity: change.quantity,
      });
      await assertAffordable(tx, change.account, plan.deltaNet, now, ctx.locale, "decision");
      const applied = await applyServiceChange(tx, plan, { accountId: change.accountId, actorId: staffId, now });
      chargedTiyn = applied.chargedTiyn;
      await tx.serviceChange.update({
        where: { id: change.id },
        data: { status: "APPROVED", decidedById: staffId, decidedAt: now, subscriptionId: applied.subscriptionId },
      });
      body = t("changes.decision.approvedMessage", { summary: describeChange(t as never, ctx.locale, plan) });
    } else {
      await tx.serviceChange.update({ where: { id: change.id }, data: { status: "REJECTED", decidedById: staffId, decidedAt: now } });
      body = t("changes.decision.rejectedMessage");
    }
    if (input.comment) body = `${body}\n\n${input.comment}`;
    await tx.requestMessage.create({ data: { requestId: request.id, authorId: staffId, isStaff: true, body } });
    await tx.supportRequest.update({ where: { id: request.id }, data: { status: "RESOLVED", assigneeId: request.assigneeId ?? staffId } });
    await createRequestNotice(tx, request, "answer");
    // The mail, to those who keep the "request answered" alert on, in the same transaction
    // as the decision (as a staff answer sends it, lib/actions/answer-request.ts).
    await alertRequestAnswered(tx, request, body);
    return { body, chargedTiyn };
  }, WRITE_TX);

  await ctx.audit({
    accountId: change.accountId,
    action: input.decision === "APPROVE" ? "service_change.approve" : "service_change.reject",
    objectType: "ServiceChange",
    objectId: change.id,
    details: { requestNumber: request.number, action: change.action, comment: input.comment || undefined, chargedTiyn: outcome.chargedTiyn },
  });
  return { status: input.decision === "APPROVE" ? "APPROVED" : "REJECTED" };
});
