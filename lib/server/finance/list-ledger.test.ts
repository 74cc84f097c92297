import { describe, expect, it } from "vitest";
import { addMember, createAccount } from "@/test/factories";
import { addLedger, callerFor } from "@/test/cabinet";
import { listLedger, LEDGER_PAGE_SIZE } from "./list-ledger";
import { monthlyTotals } from "./monthly-totals";
import { getBalance } from "./get-balance";

// 30 entries on consecutive days in 2026: a payment every fifth day, charges otherwise.
async function accountWithHistory() {
  const created = await createAccount();
  const entries = Array.from({ length: 30 }, (_, i) => {
    const day = new Date(Date.UTC(2026, 0, 1 + i * 3, 6));
    const isPayment = i % 5 === 0;
    return { kind: isPayment ? "PAYMENT" : "CHARGE", amount: isPayment ? 10_000_00 + i : -(1_000_00 + i * 7), occurredAt: day.toISOString() };
  });
  entries.push({ kind: "ADJUSTMENT", amount: 250_00, occurredAt: "2026-02-10T06:00:00Z" });
  await addLedger(created.account.id, entries);
  return { ...created, entries };
}

describe("the ledger list", () => {
  it("pages newest first with a running balance that is right on every page", async () => {
    const { account, owner, entries } = await accountWithHistory();
    const caller = callerFor(owner, account.id);
    const first = await listLedger(caller, { page: 1 });
    const second = await listLedger(caller, { page: 2 });
    expect(first.total).toBe(entries.length);
    expect(first.rows).toHaveLength(LEDGER_PAGE_SIZE);
    expect(second.rows).toHaveLength(entries.length - LEDGER_PAGE_SIZE);
    const all = [...first.rows, ...second.rows];
    expect(all[0].balanceAfter).toBe(await getBalance(caller));
    // Walking down the list, each balance is the next (older) one plus this entry.
    for (let i = 0; i < all.length - 1; i += 1) expect(all[i].balanceAfter).toBe(all[i + 1].balanceAfter + all[i].amount);
    expect(all.at(-1)!.balanceAfter).toBe(all.at(-1)!.amount);
    for (let i = 0; i < all.length - 1; i += 1) expect(all[i].occurredAt >= all[i + 1].occurredAt).toBe(true);
  });

  it("filters by kind and period and keeps the true balance after each shown entry", async () => {
    const { account, owner, entries } = await accountWithHistory();
    const caller = callerFor(owner, account.id);
    const payments = await listLedger(caller, { page: 1, kind: "PAYMENT" });
    expect(payments.total).toBe(entries.filter((e) => e.kind === "PAYMENT").length);
    const sorted = [...entries].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
    for (const row of payments.rows) {
      expect(row.kind).toBe("PAYMENT");
      const upTo = sorted.filter((e) => new Date(e.occurredAt) <= row.occurredAt).reduce((s, e) => s + e.amount, 0);
      expect(row.balanceAfter).toBe(upTo);
    }
    // February in Almaty: 1 Feb 00:00 +05 … 28 Feb 24:00 +05.
    const feb = await listLedger(caller, { page: 1, from: "2026-02-01", to: "2026-02-28" });
    const expected = entries.filter((e) => e.occurredAt >= "2026-01-31T19:00:00Z" && e.occurredAt < "2026-02-28T19:00:00Z");
    expect(feb.total).toBe(expected.length);
    expect(feb.rows.every((r) => r.occurredAt.toISOString().startsWith("2026-02"))).toBe(true);
  });

  it("shows nothing of another account and refuses a member without finance.read", async () => {
    const { account } = await accountWithHistory();
    const other = await createAccount();
    const foreign = await listLedger(callerFor(other.owner, other.account.id), { page: 1 });
    expect(foreign).toMatchObject({ total: 0, rows: [] });
    const member = await addMember(account.id, ["documents.read"]);
    await expect(listLedger(callerFor(member, account.id, "MEMBER", ["documents.read"]), { page: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("monthly totals", () => {
  it("adds up each month and ends at the balance", async () => {
    const { account, owner, entries } = await accountWithHistory();
    const caller = callerFor(owner, account.id);
    const totals = await monthlyTotals(caller, 12, new Date("2026-04-15T00:00:00Z"));
    expect(totals.balance).toBe(await getBalance(caller));
    expect(totals.months[0].month).toBe("2026-04");
    expect(totals.months.at(-1)!.month).toBe("2026-01");
    const jan = totals.months.find((m) => m.month === "2026-01")!;
    const janEntries = entries.filter((e) => e.occurredAt < "2026-01-31T19:00:00Z");
    expect(jan.charges).toBe(janEntries.filter((e) => e.kind === "CHARGE").reduce((s, e) => s + e.amount, 0));
    expect(jan.payments).toBe(janEntries.filter((e) => e.kind === "PAYMENT").reduce((s, e) => s + e.amount, 0));
    expect(totals.months.find((m) => m.month === "2026-02")!.adjustments).toBe(250_00);
    expect(totals.months[0].closingBalance).toBe(totals.balance);
  });

  it("starts from the balance before the window", async () => {
    const { account, owner } = await accountWithHistory();
    const caller = callerFor(owner, account.id);
    const totals = await monthlyTotals(caller, 1, new Date("2026-03-20T00:00:00Z"));
    expect(totals.months).toHaveLength(1);
    expect(totals.balance).toBe(await getBalance(caller));
  });

  it("refuses a member without finance.read", async () => {
    const { account } = await createAccount();
    const member = await addMember(account.id, ["statistics.read"]);
    await expect(monthlyTotals(callerFor(member, account.id, "MEMBER", ["statistics.read"]))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
