import "server-only";
import { db } from "@/lib/db";
import type { TCaller } from "@/lib/auth/cabinet";
import { assertCan } from "@/lib/auth/guards";
import type { TDocumentFilter } from "@/lib/schemas/documents";
import { dayRange } from "@/lib/server/finance/day-range";
import { NUMBERED_KINDS } from "./numbering";

export const DOCUMENTS_PAGE_SIZE = 20;

const listSelect = {
  id: true,
  kind: true,
  number: true,
  issuedAt: true,
  periodStart: true,
  periodEnd: true,
  amountNet: true,
  amountVat: true,
  amountGross: true,
  vatRateBp: true,
  status: true,
  dueAt: true,
} as const;

// Invoices, acts and tax invoices of the caller's account, newest first, filtered by kind,
// status and the day of issue (Almaty), a page at a time on the server: two queries on the
// (accountId, kind, issuedAt) and (accountId, issuedAt) indexes.
export async function listDocuments(caller: TCaller, filter: TDocumentFilter) {
  assertCan(caller, "documents.read");
  const issuedAt = dayRange(filter.from, filter.to);
  const where = {
    accountId: caller.accountId,
    kind: filter.kind ?? { in: [...NUMBERED_KINDS] },
    ...(filter.status ? { status: filter.status } : {}),
    ...(issuedAt.gte || issuedAt.lt ? { issuedAt } : {}),
  };
  const [rows, total] = await Promise.all([
    db.document.findMany({
      where,
      select: listSelect,
      orderBy: [{ issuedAt: "desc" }, { number: "desc" }],
      skip: (filter.page - 1) * DOCUMENTS_PAGE_SIZE,
      take: DOCUMENTS_PAGE_SIZE,
    }),
    db.document.count({ where }),
  ]);
  return { rows, total, page: filter.page, pageSize: DOCUMENTS_PAGE_SIZE };
}

export type TDocumentListRow = Awaited<ReturnType<typeof listDocuments>>["rows"][number];
