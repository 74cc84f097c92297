import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_MESSAGE } from "@/lib/body-limits.mjs";

// The limits and choices of requests.ts that the browser needs too, without zod.

// Attachment limits, shared by the file picker (checked before upload, so that a body
// never outgrows what the server accepts) and the server (checked again, since the
// browser's word counts for nothing). The figures live in body-limits.mjs with the body
// limit of the whole request that they add up to.
export { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_MESSAGE };
// For the file picker only: the server decides by the content, never by the name.
export const ATTACHMENT_ACCEPT = ".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.txt,.csv";

// Staff: the status a reply leaves the request in ("KEEP": as it is).
export const STAFF_ANSWER_STATUSES = ["WAITING_CUSTOMER", "IN_PROGRESS", "RESOLVED", "KEEP"] as const;
