import { z } from "zod";
import { REQUEST_STATUSES, REQUEST_TOPICS } from "@/lib/domain";
import { zId } from "./common";
import { ATTACHMENT_ACCEPT, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_MESSAGE, STAFF_ANSWER_STATUSES } from "./requests-limits";

// The attachment limits and the staff's answer statuses live in requests-limits.ts, which
// the forms read too.
export { ATTACHMENT_ACCEPT, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_MESSAGE, STAFF_ANSWER_STATUSES };

export const zAttachments = z
  .array(z.file().max(MAX_ATTACHMENT_BYTES, "requests.files.tooLarge"))
  .max(MAX_ATTACHMENTS_PER_MESSAGE, "requests.files.tooMany")
  .default([]);

const zSubject = z.string().trim().min(3, "requests.validation.subject").max(200, "requests.validation.subject");
const zBody = z.string().trim().min(1, "validation.required").max(10_000, "validation.tooLong");

export const ZCreateRequest = z.object({
  accountId: zId,
  topic: z.enum(REQUEST_TOPICS, "validation.choose"),
  subject: zSubject,
  body: zBody,
  files: zAttachments,
});
export type TCreateRequest = z.infer<typeof ZCreateRequest>;

export const ZReplyRequest = z.object({ accountId: zId, requestId: zId, body: zBody, files: zAttachments });
export type TReplyRequest = z.infer<typeof ZReplyRequest>;

export const ZCloseRequest = z.object({ accountId: zId, requestId: zId });
export type TCloseRequest = z.infer<typeof ZCloseRequest>;

export const ZAnswerRequest = z.object({
  requestId: zId,
  body: zBody,
  files: zAttachments,
  status: z.enum(STAFF_ANSWER_STATUSES, "validation.choose").default("WAITING_CUSTOMER"),
});
export type TAnswerRequest = z.infer<typeof ZAnswerRequest>;

export const ZTakeRequest = z.object({ requestId: zId });
export type TTakeRequest = z.infer<typeof ZTakeRequest>;

export const ZSetRequestStatus = z.object({ requestId: zId, status: z.enum(REQUEST_STATUSES, "validation.choose") });
export type TSetRequestStatus = z.infer<typeof ZSetRequestStatus>;

export const ZRescanAttachments = z.object({});

// The staff list's filters, read from the query string; unknown values are dropped.
export const ZStaffRequestFilters = z.object({
  status: z.enum(REQUEST_STATUSES).optional().catch(undefined),
  topic: z.enum(REQUEST_TOPICS).optional().catch(undefined),
  assignee: z.enum(["me", "none"]).optional().catch(undefined),
  overdue: z.enum(["1"]).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type TStaffRequestFilters = z.infer<typeof ZStaffRequestFilters>;
