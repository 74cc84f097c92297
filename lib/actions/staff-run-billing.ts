"use server";

import { isAppError } from "@/lib/errors";
import { staffAction } from "@/lib/safe-action";
import { ZRunBilling } from "@/lib/schemas/staff-publishing";
import { runBilling } from "@/lib/server/billing/run-billing";

// A refused period (future, unfinished, running) is audited as a denied run.
export const staffRunBilling = staffAction("ADMIN", ZRunBilling, async ({ period }, ctx) => {
  try {
    const result = await runBilling(ctx.auth.actor, period, { meta: ctx.meta });
    await ctx.audit({ action: "billing.run", objectType: "billing_run", objectId: result.runId, details: { ...result } });
    return result;
  } catch (error) {
    if (isAppError(error)) {
      await ctx.audit({ action: "billing.run", objectType: "billing_run", outcome: "DENIED", details: { period, refusal: error.fieldErrors ?? error.messageKey } });
    }
    throw error;
  }
});
