"use server";

import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { staffAction } from "@/lib/safe-action";
import { ZAnswerRequest } from "@/lib/schemas/requests";
import { withUploads } from "@/lib/server/attachments/with-uploads";
import { createAttachmentRows } from "@/lib/server/attachments/create-attachment-rows";
import { isOpen } from "@/lib/server/requests/request-rules";
import { refuse } from "@/lib/server/requests/refuse";
import { auditInfected } from "@/lib/server/requests/audit-infected";
import { createRequestNotice } from "@/lib/server/requests/create-request-notice";
import { alertRequestAnswered } from "@/lib/server/alerts/alert-request-answered";
import { claimWriteLock, WRITE_TX } from "@/lib/server/requests/tx-options";

// Staff answer in the thread: the customer gets a notice in the cabinet and a mail; the
// request moves to the chosen status (by default: waiting for the customer). Answering an
// unassigned request takes it.
export const answerRequest = staffAction("SUPPORT", ZAnswerRequest, async (input, ctx) => {
  const request = await db.supportRequest.findUnique({ where: { id: input.requestId } });
  if (!request) throw new AppError("NOT_FOUND", "notFound");
  if (!isOpen(request.status)) await refuse("body", "thread.closed");
  const authorId = ctx.auth.actor.id;
  const status = input.status === "KEEP" ? request.status : input.status;
  const message = await withUploads(input.files, auditInfected(ctx, request.accountId), (stored) =>
    db.$transaction(async (tx) => {
      await claimWriteLock(tx);
      const created = await tx.requestMessage.create({ data: { requestId: request.id, authorId, isStaff: true, body: input.body } });
      await createAttachmentRows(tx, stored, { accountId: request.accountId, requestId: request.id, messageId: created.id, uploadedById: authorId });
      await tx.supportRequest.update({ where: { id: request.id }, data: { status, assigneeId: request.assigneeId ?? authorId } });
      await createRequestNotice(tx, request, "answer");
      // The mail, to those who keep the alert on, in the same transaction as the answer.
      const alerted = await alertRequestAnswered(tx, request, input.body);
      return { ...created, mailedTo: alerted.mailed };
    }, WRITE_TX),
  );
  await ctx.audit({
    accountId: request.accountId,
    action: "request.answer",
    objectType: "SupportRequest",
    objectId: request.id,
    details: { number: request.number, messageId: message.id, status, attachments: input.files.length },
  });
  return { messageId: message.id, status, mailedTo: message.mailedTo };
});
