"use server";

import { staffAction } from "@/lib/safe-action";
import { ZRequestProviderAccess } from "@/lib/schemas/staff";
import { requestProviderAccess } from "@/lib/server/staff/request-provider-access";

export const staffRequestProviderAccess = staffAction("SUPPORT", ZRequestProviderAccess, ({ accountId, reason }, ctx) =>
  requestProviderAccess(ctx.auth.actor, accountId, reason, ctx.meta),
);
