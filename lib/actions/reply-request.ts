"use server";

import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { accountAction } from "@/lib/safe-action";
import { ZReplyRequest } from "@/lib/schemas/requests";
import { withUploads } from "@/lib/server/attachments/with-uploads";
import { createAttachmentRows } from "@/lib/server/attachments/create-attachment-rows";
import { isOpen, statusAfterCustomerReply } from "@/lib/server/requests/request-rules";
import { refuse } from "@/lib/server/requests/refuse";
import { auditInfected } from "@/lib/server/requests/audit-infected";
import { mailStaffMessage } from "@/lib/server/requests/mail-staff-message";
import { claimWriteLock, WRITE_TX } from "@/lib/server/requests/tx-options";

// The customer's message in a request's thread; it reopens a request that was waiting
// for them or resolved, and tells the assignee (or the support mailbox).
export const replyRequest = accountAction("requests.manage", ZReplyRequest, async (input, ctx) => {
  const accountId = ctx.caller.accountId;
  const authorId = ctx.auth.user.id;
  const request = await db.supportRequest.findFirst({ where: { id: input.requestId, accountId } });
  if (!request) throw new AppError("NOT_FOUND", "notFound");
  if (!isOpen(request.status)) await refuse("body", "thread.closed");
  const message = await withUploads(input.files, auditInfected(ctx, accountId), (stored) =>
    db.$transaction(async (tx) => {
      await claimWriteLock(tx);
      const created = await tx.requestMessage.create({ data: { requestId: request.id, authorId, isStaff: false, body: input.body } });
      await createAttachmentRows(tx, stored, { accountId, requestId: request.id, messageId: created.id, uploadedById: authorId });
      await tx.supportRequest.update({
        where: { id: request.id },
        data: { status: statusAfterCustomerReply(request.status, !!request.assigneeId) },
      });
      return created;
    }, WRITE_TX),
  );
  await ctx.audit({
    accountId,
    action: "request.reply",
    objectType: "SupportRequest",
    objectId: request.id,
    details: { number: request.number, messageId: message.id, attachments: input.files.length },
  });
  await mailStaffMessage(request.id, input.body, "reply");
  return { messageId: message.id };
});
