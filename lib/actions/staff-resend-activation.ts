"use server";

import { staffAction } from "@/lib/safe-action";
import { ZResendActivation } from "@/lib/schemas/staff";
import { resendActivation } from "@/lib/server/staff/resend-activation";

export const staffResendActivation = staffAction("SUPPORT", ZResendActivation, ({ userId }, ctx) =>
  resendActivation(ctx.auth.actor, userId, ctx.meta),
);
