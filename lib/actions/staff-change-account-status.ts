"use server";

import { staffAction } from "@/lib/safe-action";
import { ZChangeAccountStatus } from "@/lib/schemas/staff";
import { changeAccountStatus } from "@/lib/server/lifecycle/change-account-status";

export const staffChangeAccountStatus = staffAction("ADMIN", ZChangeAccountStatus, (input, ctx) =>
  changeAccountStatus(ctx.auth.actor, input, ctx.meta),
);
