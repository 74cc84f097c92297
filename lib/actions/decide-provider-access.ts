"use server";

import { accountAction } from "@/lib/safe-action";
import { ZDecideProviderAccess } from "@/lib/schemas/staff";
import { decideProviderAccess } from "@/lib/server/staff/decide-provider-access";
import { auditCode } from "@/lib/server/audit/audit-actions";

// The owner approves, declines or ends support's access to the cabinet.
export const decideProviderAccessAction = accountAction("account.manage", ZDecideProviderAccess, async (input, ctx) => {
  const request = await decideProviderAccess(ctx.caller, input);
  await ctx.audit({
    accountId: ctx.caller.accountId,
    action: `provider_access.${auditCode(input.decision)}`,
    objectType: "provider_access_request",
    objectId: request.id,
    details: { windowStart: request.windowStart?.toISOString() ?? null, windowEnd: request.windowEnd?.toISOString() ?? null },
  });
  return { id: request.id, status: request.status };
});
