import "server-only";
import { db } from "@/lib/db";
import type { TCaller } from "@/lib/auth/cabinet";
import { assertCan } from "@/lib/auth/guards";
import { almatyMonth, almatyMonthRange, monthsBetween, shiftMonth } from "./almaty-time";
import { clock } from "@/lib/clock";

export type TMonthTotals = {
  month: string; // YYYY-MM, Almaty time
  charges: number; // negative or zero
  payments: number;
  adjustments: number;
  closingBalance: number;
};

// Charges, payments and adjustments per calendar month for the last `months` months, with
// the balance at each month's end, and the current balance (the last closing balance, which
// equals the ledger's sum). Two queries in parallel: the sum before the window and the
// window's entries (a few per month), grouped here to stay portable between databases.
export async function monthlyTotals(
  caller: TCaller,
  months = 12,
  now: Date = clock.now(),
): Promise<{ months: TMonthTotals[]; balance: number }> {
  assertCan(caller, "finance.read");
  const last = almatyMonth(now);
  const first = shiftMonth(last, -(months - 1));
  const since = almatyMonthRange(first).start;
  const [before, entries] = await Promise.all([
    db.ledgerEntry.aggregate({ where: { accountId: caller.accountId, occurredAt: { lt: since } }, _sum: { amount: true } }),
    db.ledgerEntry.findMany({
      where: { accountId: caller.accountId, occurredAt: { gte: since } },
      select: { kind: true, amount: true, occurredAt: true },
    }),
  ]);

  const byMonth = new Map<string, TMonthTotals>();
  for (const month of monthsBetween(first, last)) byMonth.set(month, { month, charges: 0, payments: 0, adjustments: 0, closingBalance: 0 });
  let lastMonth = last;
  for (const e of entries) {
    const month = almatyMonth(e.occurredAt);
    if (month > lastMonth) lastMonth = month; // an entry dated ahead of today still counts
    let row = byMonth.get(month);
    if (!row) byMonth.set(month, (row = { month, charges: 0, payments: 0, adjustments: 0, closingBalance: 0 }));
    if (e.kind === "CHARGE") row.charges += e.amount;
    else if (e.kind === "PAYMENT") row.payments += e.amount;
    else row.adjustments += e.amount;
  }
  let balance = Number(before._sum.amount ?? 0);
  const firstActive = entries.length ? almatyMonth(entries.reduce((min, e) => (e.occurredAt < min ? e.occurredAt : min), entries[0].occurredAt)) : last;
  const rows: TMonthTotals[] = [];
  for (const row of [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month))) {
    balance += row.charges + row.payments + row.adjustments;
    row.closingBalance = balance;
    // Months before the account's first entry (a young account) are not shown.
    if (row.month >= firstActive || before._sum.amount !== null) rows.push(row);
  }
  return { months: rows.reverse(), balance };
}
