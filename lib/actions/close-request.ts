"use server";

import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { accountAction } from "@/lib/safe-action";
import { ZCloseRequest } from "@/lib/schemas/requests";

// The customer closes their request (settled, or no longer needed). Closed is final: a
// new question is a new request.
export const closeRequest = accountAction("requests.manage", ZCloseRequest, async (input, ctx) => {
  const request = await db.supportRequest.findFirst({ where: { id: input.requestId, accountId: ctx.caller.accountId } });
  if (!request) throw new AppError("NOT_FOUND", "notFound");
  if (request.status === "CLOSED") return { status: "CLOSED" as const };
  await db.supportRequest.update({ where: { id: request.id }, data: { status: "CLOSED" } });
  await ctx.audit({
    accountId: request.accountId,
    action: "request.close",
    objectType: "SupportRequest",
    objectId: request.id,
    details: { number: request.number, from: request.status },
  });
  return { status: "CLOSED" as const };
});
