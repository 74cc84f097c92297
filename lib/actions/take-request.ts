"use server";

import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { staffAction } from "@/lib/safe-action";
import { ZTakeRequest } from "@/lib/schemas/requests";

// A support employee takes a request: they become its assignee, and a new request is
// now in progress.
export const takeRequest = staffAction("SUPPORT", ZTakeRequest, async (input, ctx) => {
  const request = await db.supportRequest.findUnique({ where: { id: input.requestId } });
  if (!request) throw new AppError("NOT_FOUND", "notFound");
  const status = request.status === "NEW" ? "IN_PROGRESS" : request.status;
  await db.supportRequest.update({ where: { id: request.id }, data: { assigneeId: ctx.auth.actor.id, status } });
  await ctx.audit({
    accountId: request.accountId,
    action: "request.take",
    objectType: "SupportRequest",
    objectId: request.id,
    details: { number: request.number, previousAssigneeId: request.assigneeId, status },
  });
  return { status };
});
