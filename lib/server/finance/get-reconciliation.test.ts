import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { clock } from "@/lib/clock";
import { addMember, createAccount } from "@/test/factories";
import { addLedger, callerFor } from "@/test/cabinet";
import { createDocument } from "@/test/documents";
import { almatyDayStart, almatyMonth, almatyMonthRange, almatyYmd, shiftMonth } from "./almaty-time";
import { getReconciliation } from "./get-reconciliation";

// "Now" is pinned; the history is laid out around the month two months back (`month`):
// entries before it, on both of its edges (in Almaty time), inside it, and after it.
const NOW = new Date("2026-12-06T08:00:00Z");
const MS = 1;

async function accountWithHistory() {
  const month = shiftMonth(almatyMonth(clock.now()), -2);
  const { start, end } = almatyMonthRange(month);
  const at = (date: Date, offsetMs: number) => new Date(date.getTime() + offsetMs).toISOString();
  const created = await createAccount();
  const invoice = await createDocument(created.account.id, { kind: "INVOICE" });
  await addLedger(created.account.id, [
    { kind: "PAYMENT", amount: 50_000_00, occurredAt: at(start, -40 * 86_400_000) },
    { kind: "CHARGE", amount: -12_345_67, occurredAt: at(start, -MS) }, // the last instant before: opening
    { kind: "CHARGE", amount: -20_000_00, occurredAt: at(start, 0) }, // the first instant: inside
    { kind: "PAYMENT", amount: 15_000_00, occurredAt: at(start, 10 * 86_400_000) },
    { kind: "ADJUSTMENT", amount: -1_00, occurredAt: at(start, 11 * 86_400_000) },
    { kind: "ADJUSTMENT", amount: 2_50, occurredAt: at(start, 12 * 86_400_000) },
    { kind: "CHARGE", amount: -7_000_00, occurredAt: at(end, -MS) }, // the last instant: inside
    { kind: "PAYMENT", amount: 99_999_00, occurredAt: at(end, 0) }, // the next month: after
  ]);
  // One charge of the month carries the invoice it was billed on.
  await db.ledgerEntry.updateMany({ where: { accountId: created.account.id, amount: -20_000_00 }, data: { documentId: invoice.id } });
  return { ...created, month, start, end, invoice };
}

describe("the reconciliation statement", () => {
  beforeAll(() => clock.set(NOW));
  afterAll(() => clock.set(null));

  it("opens with the balance before the period, lists every entry in order, and closes with opening + movements", async () => {
    const { account, owner, subscriber, start, end, invoice } = await accountWithHistory();
    const from = almatyYmd(start);
    const to = almatyYmd(new Date(end.getTime() - 1));
    const statement = await getReconciliation(callerFor(owner, account.id), { from, to });

    // The figures, read from the database independently of the function.
    const sum = async (where: object) => Number((await db.ledgerEntry.aggregate({ where: { accountId: account.id, ...where }, _sum: { amount: true } }))._sum.amount ?? 0);
    const inPeriod = await db.ledgerEntry.findMany({ where: { accountId: account.id, occurredAt: { gte: start, lt: end } }, orderBy: [{ occurredAt: "asc" }, { id: "asc" }] });
    expect(statement.openingBalance).toBe(await sum({ occurredAt: { lt: start } }));
    expect(statement.openingBalance).toBe(50_000_00 - 12_345_67);
    expect(statement.entries.map((e) => e.id)).toEqual(inPeriod.map((e) => e.id));
    expect(statement.entries).toHaveLength(5);
    expect(statement.closingBalance).toBe(await sum({ occurredAt: { lt: end } }));
    expect(statement.closingBalance).toBe(statement.openingBalance + inPeriod.reduce((s, e) => s + e.amount, 0));
    expect(statement.totals).toEqual({ debit: 20_000_00 + 1_00 + 7_000_00, credit: 15_000_00 + 2_50 });
    expect(statement.closingBalance).toBe(statement.openingBalance - statement.totals.debit + statement.totals.credit);
    // Each running balance is the one before plus this entry; charges are debits, payments credits.
    let running = statement.openingBalance;
    for (const entry of statement.entries) {
      running += entry.credit - entry.debit;
      expect(entry.balanceAfter).toBe(running);
      expect(entry.debit === 0 || entry.credit === 0).toBe(true);
    }
    expect(statement.entries[0]).toMatchObject({ kind: "CHARGE", debit: 20_000_00, credit: 0, documentNumber: invoice.number });
    expect(statement.entries[1]).toMatchObject({ kind: "PAYMENT", debit: 0, credit: 15_000_00, documentNumber: null });
    // Both parties as the documents carry them.
    expect(statement.account).toMatchObject({ number: account.number, subscriber: { name: subscriber.name, taxId: subscriber.taxId, contractNumber: subscriber.contractNumber } });
  });

  it("a period of one day, or with no entries, still balances", async () => {
    const { account, owner, start } = await accountWithHistory();
    const caller = callerFor(owner, account.id);
    const firstDay = almatyYmd(start);
    const day = await getReconciliation(caller, { from: firstDay, to: firstDay });
    expect(day.entries.map((e) => e.debit)).toEqual([20_000_00]);
    expect(day.closingBalance).toBe(day.openingBalance - 20_000_00);
    const quiet = almatyYmd(new Date(almatyDayStart(firstDay).getTime() - 20 * 86_400_000));
    const empty = await getReconciliation(caller, { from: quiet, to: quiet });
    expect(empty.entries).toEqual([]);
    expect(empty.closingBalance).toBe(empty.openingBalance);
    await expect(getReconciliation(caller, { from: "2026-10-02", to: "2026-10-01" })).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("refuses a member without finance.read and never reaches another account's ledger", async () => {
    const { account, month } = await accountWithHistory();
    const period = { from: `${month}-01`, to: `${month}-28` };
    const member = await addMember(account.id, ["documents.read", "statistics.read"]);
    await expect(getReconciliation(callerFor(member, account.id, "MEMBER", ["documents.read", "statistics.read"]), period)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const accountant = await addMember(account.id, ["finance.read"]);
    expect((await getReconciliation(callerFor(accountant, account.id, "MEMBER", ["finance.read"]), period)).entries.length).toBeGreaterThan(0);

    // Another account's member (even with the grant) gets their own account's statement: empty.
    const other = await createAccount();
    const stranger = await addMember(other.account.id, ["finance.read"]);
    const foreign = await getReconciliation(callerFor(stranger, other.account.id, "MEMBER", ["finance.read"]), period);
    expect(foreign).toMatchObject({ openingBalance: 0, closingBalance: 0, entries: [], account: { number: other.account.number } });
  });
});
