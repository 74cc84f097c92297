"use server";

import { isAppError } from "@/lib/errors";
import { staffAction } from "@/lib/safe-action";
import { ZRunBilling } from "@/lib/schemas/staff-publishing";
import { enqueueBillingRun } from "@/lib/server/billing/enqueue-billing-run";

// Queues the period's billing run; the billing worker does it and the billing page shows
// its progress. A refused period (future, unfinished) is audited as a denied run.
export const staffRunBilling = staffAction("ADMIN", ZRunBilling, async ({ period }, ctx) => {
  try {
    const result = await enqueueBillingRun(ctx.auth.actor, period);
    await ctx.audit({ action: "billing.run", objectType: "billing_run", objectId: result.runId, details: { ...result } });
    return result;
  } catch (error) {
    if (isAppError(error)) {
      await ctx.audit({ action: "billing.run", objectType: "billing_run", outcome: "DENIED", details: { period, refusal: error.fieldErrors ?? error.messageKey } });
    }
    throw error;
  }
});
