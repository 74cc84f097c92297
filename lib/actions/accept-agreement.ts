"use server";

import { z } from "zod";
import { getCabinet } from "@/lib/auth/cabinet";
import { userAction } from "@/lib/safe-action";
import { zId } from "@/lib/schemas/common";
import { acceptAgreement } from "@/lib/server/agreements/accept-agreement";

// "Continue" on the agreement-update screen. Refused while staff impersonate (the
// builder): a staff member never consents for a customer.
export const acceptAgreementAction = userAction(z.object({ versionId: zId }), async ({ versionId }, ctx) => {
  const result = await acceptAgreement(ctx.auth.user.id, versionId, ctx.meta);
  if (result.isNew) {
    const cabinet = await getCabinet();
    await ctx.audit({
      accountId: cabinet?.current?.accountId ?? null,
      action: "agreement.accept",
      objectType: "agreement_version",
      objectId: versionId,
      details: { version: result.version, method: "CONTINUED_USE" },
    });
  }
  return { version: result.version };
});
