import { z } from "zod";
import { DOCUMENT_STATUSES } from "@/lib/domain";
import { NUMBERED_KINDS } from "@/lib/server/documents/numbering";
import { zDayParam, zPageParam } from "./finance";

// The documents list's filters, from the URL: anything malformed is ignored.
export const ZDocumentFilter = z.object({
  kind: z.enum(NUMBERED_KINDS).optional().catch(undefined),
  status: z.enum(DOCUMENT_STATUSES).optional().catch(undefined),
  from: zDayParam,
  to: zDayParam,
  page: zPageParam,
});
export type TDocumentFilter = z.output<typeof ZDocumentFilter>;

export const ZDocumentId = z.string().trim().min(1).max(64);
