"use server";

import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { staffAction } from "@/lib/safe-action";
import { ZSetRequestStatus } from "@/lib/schemas/requests";
import { refuse } from "@/lib/server/requests/refuse";
import { createRequestNotice } from "@/lib/server/requests/create-request-notice";
import { claimWriteLock, WRITE_TX } from "@/lib/server/requests/tx-options";

// Staff move a request through its statuses; a closed request stays closed. The customer
// sees the change in the cabinet's notices.
export const setRequestStatus = staffAction("SUPPORT", ZSetRequestStatus, async (input, ctx) => {
  const request = await db.supportRequest.findUnique({ where: { id: input.requestId } });
  if (!request) throw new AppError("NOT_FOUND", "notFound");
  if (request.status === input.status) return { status: request.status };
  if (request.status === "CLOSED") await refuse("status", "thread.closed");
  await db.$transaction(async (tx) => {
    await claimWriteLock(tx);
    await tx.supportRequest.update({
      where: { id: request.id },
      data: { status: input.status, assigneeId: request.assigneeId ?? ctx.auth.actor.id },
    });
    await createRequestNotice(tx, request, "status", input.status);
  }, WRITE_TX);
  await ctx.audit({
    accountId: request.accountId,
    action: "request.status",
    objectType: "SupportRequest",
    objectId: request.id,
    details: { number: request.number, from: request.status, to: input.status },
  });
  return { status: input.status };
});
