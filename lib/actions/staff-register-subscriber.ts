"use server";

import { staffAction } from "@/lib/safe-action";
import { ZRegisterSubscriber } from "@/lib/schemas/staff-register";
import { registerSubscriber } from "@/lib/server/staff/register-subscriber";

export const staffRegisterSubscriber = staffAction("SUPPORT", ZRegisterSubscriber, (input, ctx) =>
  registerSubscriber(ctx.auth.actor, input, ctx.meta),
);
