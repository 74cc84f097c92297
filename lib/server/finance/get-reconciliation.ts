import "server-only";
import type { Subscriber } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { TCaller } from "@/lib/auth/cabinet";
import { assertCan } from "@/lib/auth/guards";
import type { TLedgerKind } from "@/lib/domain";
import { AppError } from "@/lib/errors";
import { PARTY_COLUMNS } from "@/lib/server/documents/get-document";
import { almatyDayStart } from "./almaty-time";

export type TReconciliationEntry = {
  id: string;
  kind: TLedgerKind;
  occurredAt: Date;
  description: { ru: string; kk: string; en: string };
  documentNumber: string | null;
  // From the provider's books: a charge is the customer's debit, a payment its credit; an
  // adjustment falls on the side its sign says. Both in tiyn, never negative.
  debit: number;
  credit: number;
  balanceAfter: number;
};

export type TReconciliation = {
  from: string; // YYYY-MM-DD, Almaty, inclusive
  to: string;
  openingBalance: number; // the ledger's sum before `from` began: positive is the customer's advance
  entries: TReconciliationEntry[];
  totals: { debit: number; credit: number };
  closingBalance: number; // the ledger's sum when `to` ended
  account: { number: string; subscriber: Pick<Subscriber, (typeof PARTY_COLUMNS)[number]> };
};

const PARTY_SELECT = Object.fromEntries(PARTY_COLUMNS.map((column) => [column, true])) as Record<(typeof PARTY_COLUMNS)[number], true>;

// The reconciliation statement (акт сверки взаиморасчётов) of the caller's account for the
// calendar days [from, to] in Almaty: the balance when `from` began, every ledger entry of
// the period in order with its document, and the balance when `to` ended, which is the
// opening balance plus the entries. The parties' requisites come as the documents print
// them. Scoped like the ledger: finance.read, and the account is the caller's.
export async function getReconciliation(caller: TCaller, period: { from: string; to: string }): Promise<TReconciliation> {
  assertCan(caller, "finance.read");
  if (period.from > period.to) throw new AppError("VALIDATION", "finance.reconciliation.errors.order");
  const gte = almatyDayStart(period.from);
  const lt = new Date(almatyDayStart(period.to).getTime() + 24 * 60 * 60 * 1000);
  const [before, rows, account] = await Promise.all([
    db.ledgerEntry.aggregate({ where: { accountId: caller.accountId, occurredAt: { lt: gte } }, _sum: { amount: true } }),
    db.ledgerEntry.findMany({
      where: { accountId: caller.accountId, occurredAt: { gte, lt } },
      orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        kind: true,
        amount: true,
        occurredAt: true,
        descriptionRu: true,
        descriptionKk: true,
        descriptionEn: true,
        // The document's own account must be the caller's too: never another's number.
        document: { select: { number: true, accountId: true } },
      },
    }),
    db.account.findUnique({ where: { id: caller.accountId }, select: { number: true, subscriber: { select: PARTY_SELECT } } }),
  ]);
  if (!account) throw new AppError("NOT_FOUND", "notFound");

  const openingBalance = Number(before._sum.amount ?? 0);
  let balance = openingBalance;
  const totals = { debit: 0, credit: 0 };
  const entries = rows.map((row): TReconciliationEntry => {
    balance += row.amount;
    const debit = row.amount < 0 ? -row.amount : 0;
    const credit = row.amount > 0 ? row.amount : 0;
    totals.debit += debit;
    totals.credit += credit;
    return {
      id: row.id,
      kind: row.kind as TLedgerKind,
      occurredAt: row.occurredAt,
      description: { ru: row.descriptionRu, kk: row.descriptionKk, en: row.descriptionEn },
      documentNumber: row.document && row.document.accountId === caller.accountId ? row.document.number : null,
      debit,
      credit,
      balanceAfter: balance,
    };
  });
  return { from: period.from, to: period.to, openingBalance, entries, totals, closingBalance: balance, account };
}
