"use server";

import { staffAction } from "@/lib/safe-action";
import { ZChangeUserStatus } from "@/lib/schemas/staff";
import { changeUserStatus } from "@/lib/server/lifecycle/change-user-status";

export const staffChangeUserStatus = staffAction("ADMIN", ZChangeUserStatus, (input, ctx) =>
  changeUserStatus(ctx.auth.actor, input, ctx.meta),
);
