"use server";

import { db } from "@/lib/db";
import { accountAction } from "@/lib/safe-action";
import { ZCreateRequest } from "@/lib/schemas/requests";
import { nextInSequence } from "@/lib/server/sequences/next-in-sequence";
import { withUploads } from "@/lib/server/attachments/with-uploads";
import { createAttachmentRows } from "@/lib/server/attachments/create-attachment-rows";
import { almatyYear, claimDueAt, requestNumber } from "@/lib/server/requests/request-rules";
import { auditInfected } from "@/lib/server/requests/audit-infected";
import { mailStaffMessage } from "@/lib/server/requests/mail-staff-message";
import { claimWriteLock, WRITE_TX } from "@/lib/server/requests/tx-options";
import { clock } from "@/lib/clock";

// Files a request (clause 4.5.2): a gapless number, a claim's answer deadline, the first
// message with its scanned attachments; the support team is told by mail.
export const createRequest = accountAction("requests.manage", ZCreateRequest, async (input, ctx) => {
  const accountId = ctx.caller.accountId;
  const authorId = ctx.auth.user.id;
  const request = await withUploads(input.files, auditInfected(ctx, accountId), (stored) =>
    db.$transaction(async (tx) => {
      await claimWriteLock(tx);
      const now = clock.now();
      const year = almatyYear(now);
      const number = requestNumber(year, await nextInSequence(tx, `REQ-${year}`));
      const created = await tx.supportRequest.create({
        data: {
          number,
          accountId,
          topic: input.topic,
          subject: input.subject,
          createdById: authorId,
          dueAt: input.topic === "CLAIM" ? claimDueAt(now) : null,
          createdAt: now,
          messages: { create: { authorId, isStaff: false, body: input.body, createdAt: now } },
        },
        include: { messages: { select: { id: true } } },
      });
      await createAttachmentRows(tx, stored, { accountId, requestId: created.id, messageId: created.messages[0].id, uploadedById: authorId });
      return created;
    }, WRITE_TX),
  );
  await ctx.audit({
    accountId,
    action: "request.create",
    objectType: "SupportRequest",
    objectId: request.id,
    details: { number: request.number, topic: input.topic, attachments: input.files.length },
  });
  await mailStaffMessage(request.id, input.body, "created");
  return { id: request.id, number: request.number };
});
