import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { readRaw } from "@/lib/db";
import type { TCaller } from "@/lib/auth/cabinet";
import { assertCan } from "@/lib/auth/guards";
import type { TLedgerKind } from "@/lib/domain";
import type { TLedgerFilter } from "@/lib/schemas/finance";
import { dayRange } from "./day-range";

export const LEDGER_PAGE_SIZE = 20;

export type TLedgerRow = {
  id: string;
  kind: TLedgerKind;
  amount: number;
  description: { ru: string; kk: string; en: string };
  occurredAt: Date;
  period: string | null;
  documentId: string | null;
  documentNumber: string | null;
  balanceAfter: number; // the account's balance right after this entry
};

type TRaw = {
  id: string;
  kind: string;
  amount: number | bigint;
  descriptionRu: string;
  descriptionKk: string;
  descriptionEn: string;
  occurredAt: Date | string;
  period: string | null;
  documentId: string | null;
  documentNumber: string | null;
  balanceAfter: number | bigint;
  total: number | bigint;
};

// The ledger, newest first, with the running balance after each entry. The running balance
// is a window over ALL of the account's entries (oldest first) computed before the filters
// and the page cut, so it is the true balance after each entry on every page and under any
// filter. One SQL statement (the count rides along as a window too); portable to PostgreSQL.
export async function listLedger(caller: TCaller, filter: TLedgerFilter): Promise<{ rows: TLedgerRow[]; total: number; page: number; pageSize: number }> {
  assertCan(caller, "finance.read");
  const { gte, lt } = dayRange(filter.from, filter.to);
  const conditions: Prisma.Sql[] = [];
  if (filter.kind) conditions.push(Prisma.sql`x."kind" = ${filter.kind}`);
  if (gte) conditions.push(Prisma.sql`x."occurredAt" >= ${gte}`);
  if (lt) conditions.push(Prisma.sql`x."occurredAt" < ${lt}`);
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const offset = (filter.page - 1) * LEDGER_PAGE_SIZE;

  const raw = await readRaw<TRaw[]>(Prisma.sql`
    SELECT x."id", x."kind", x."amount", x."descriptionRu", x."descriptionKk", x."descriptionEn", x."occurredAt",
           x."period", x."documentId", d."number" AS "documentNumber", x."balanceAfter", COUNT(*) OVER () AS "total"
    FROM (
      SELECT e."id", e."kind", e."amount", e."descriptionRu", e."descriptionKk", e."descriptionEn", e."occurredAt",
             e."period", e."documentId",
             SUM(e."amount") OVER (ORDER BY e."occurredAt", e."id" ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS "balanceAfter"
      FROM "LedgerEntry" e
      WHERE e."accountId" = ${caller.accountId}
    ) x
    LEFT JOIN "Document" d ON d."id" = x."documentId" AND d."accountId" = ${caller.accountId}
    ${where}
    ORDER BY x."occurredAt" DESC, x."id" DESC
    LIMIT ${LEDGER_PAGE_SIZE} OFFSET ${offset}`);

  return {
    rows: raw.map((r) => ({
      id: r.id,
      kind: r.kind as TLedgerKind,
      amount: Number(r.amount),
      description: { ru: r.descriptionRu, kk: r.descriptionKk, en: r.descriptionEn },
      occurredAt: new Date(r.occurredAt),
      period: r.period,
      documentId: r.documentId,
      documentNumber: r.documentNumber,
      balanceAfter: Number(r.balanceAfter),
    })),
    total: raw.length ? Number(raw[0].total) : 0,
    page: filter.page,
    pageSize: LEDGER_PAGE_SIZE,
  };
}
