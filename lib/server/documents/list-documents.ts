import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { readRaw } from "@/lib/db";
import type { TCaller } from "@/lib/auth/cabinet";
import { assertCan } from "@/lib/auth/guards";
import type { TDocumentFilter } from "@/lib/schemas/documents";
import { dayRange } from "@/lib/server/finance/day-range";
import { NUMBERED_KINDS } from "./numbering";

export const DOCUMENTS_PAGE_SIZE = 20;

export type TDocumentListRow = {
  id: string;
  kind: string;
  number: string;
  issuedAt: Date;
  periodStart: Date | null;
  periodEnd: Date | null;
  amountNet: number;
  amountVat: number;
  amountGross: number;
  vatRateBp: number;
  status: string;
  dueAt: Date | null;
};

// Invoices, acts and tax invoices of the caller's account, newest first, filtered by kind,
// status and the day of issue (Almaty), a page at a time on the server. One statement on
// the (accountId, kind, issuedAt) and (accountId, issuedAt) indexes: the page's rows and,
// by a window over every matching row, their count (a page past the end, which has no row
// to carry it, costs a second). SQL because this list is among the most visited screens
// and the ORM's query compiler costs ≈0.5 ms a call; the test compares it with findMany.
export async function listDocuments(caller: TCaller, filter: TDocumentFilter) {
  assertCan(caller, "documents.read");
  const issuedAt = dayRange(filter.from, filter.to);
  const where = Prisma.join(
    [
      Prisma.sql`"accountId" = ${caller.accountId}`,
      filter.kind ? Prisma.sql`"kind" = ${filter.kind}` : Prisma.sql`"kind" IN (${Prisma.join([...NUMBERED_KINDS])})`,
      ...(filter.status ? [Prisma.sql`"status" = ${filter.status}`] : []),
      ...(issuedAt.gte ? [Prisma.sql`"issuedAt" >= ${issuedAt.gte}`] : []),
      ...(issuedAt.lt ? [Prisma.sql`"issuedAt" < ${issuedAt.lt}`] : []),
    ],
    " AND ",
  );
  const rows = await readRaw<Array<TDocumentListRow & { total: number | bigint }>>(Prisma.sql`
    SELECT "id", "kind", "number", "issuedAt", "periodStart", "periodEnd", "amountNet", "amountVat", "amountGross",
           "vatRateBp", "status", "dueAt", COUNT(*) OVER () AS "total"
    FROM "Document"
    WHERE ${where}
    ORDER BY "issuedAt" DESC, "number" DESC
    LIMIT ${DOCUMENTS_PAGE_SIZE} OFFSET ${(filter.page - 1) * DOCUMENTS_PAGE_SIZE}`);
  const total = rows.length
    ? Number(rows[0].total)
    : Number((await readRaw<Array<{ total: number | bigint }>>(Prisma.sql`SELECT COUNT(*) AS "total" FROM "Document" WHERE ${where}`))[0].total);
  return {
    rows: rows.map(({ total: _total, ...row }) => ({
      ...row,
      amountNet: Number(row.amountNet),
      amountVat: Number(row.amountVat),
      amountGross: Number(row.amountGross),
      vatRateBp: Number(row.vatRateBp),
    })),
    total,
    page: filter.page,
    pageSize: DOCUMENTS_PAGE_SIZE,
  };
}
