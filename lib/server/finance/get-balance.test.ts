import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addMember, createAccount, createUser } from "@/test/factories";
import { addLedger, callerFor } from "@/test/cabinet";
import { getBalance, ledgerBalance } from "./get-balance";

describe("the balance", () => {
  it("is the sum of the ledger: charges, payments and adjustments", async () => {
    const { account, owner } = await createAccount();
    expect(await getBalance(callerFor(owner, account.id))).toBe(0);
    await addLedger(account.id, [
      { kind: "PAYMENT", amount: 100_000_00, occurredAt: "2026-01-05T10:00:00Z" },
      { kind: "CHARGE", amount: -58_000_00, occurredAt: "2026-01-31T18:00:00Z" },
      { kind: "CHARGE", amount: -1_234_56, occurredAt: "2026-01-31T18:00:00Z" },
      { kind: "ADJUSTMENT", amount: 4_490_32, occurredAt: "2026-02-03T09:00:00Z" },
    ]);
    const rows = await db.ledgerEntry.findMany({ where: { accountId: account.id } });
    const sum = rows.reduce((s, r) => s + r.amount, 0);
    expect(sum).toBe(45_255_76);
    expect(await getBalance(callerFor(owner, account.id))).toBe(sum);
    expect(await ledgerBalance(account.id)).toBe(sum);
  });

  it("counts only the caller's account", async () => {
    const a = await createAccount();
    const b = await createAccount();
    await addLedger(a.account.id, [{ kind: "PAYMENT", amount: 500_00, occurredAt: "2026-03-01T00:00:00Z" }]);
    await addLedger(b.account.id, [{ kind: "PAYMENT", amount: 700_00, occurredAt: "2026-03-01T00:00:00Z" }]);
    expect(await getBalance(callerFor(a.owner, a.account.id))).toBe(500_00);
    expect(await getBalance(callerFor(b.owner, b.account.id))).toBe(700_00);
  });

  it("refuses a member without finance.read", async () => {
    const { account } = await createAccount();
    const member = await addMember(account.id, ["documents.read", "notices.read"]);
    await expect(getBalance(callerFor(member, account.id, "MEMBER", ["documents.read", "notices.read"]))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const accountant = await addMember(account.id, ["finance.read"], await createUser());
    expect(await getBalance(callerFor(accountant, account.id, "MEMBER", ["finance.read"]))).toBe(0);
  });
});
