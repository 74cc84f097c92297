import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/auth";
import { addMember, createAccount, createUser } from "@/test/factories";
import { callerFor, ensureVatRates } from "@/test/cabinet";
import { getVatRate } from "@/lib/server/billing/get-vat-rate";
import { createTopupInvoice } from "@/lib/actions/create-topup-invoice";
import { ZTopupInvoice } from "@/lib/schemas/finance";
import { issueTopupInvoice } from "./issue-topup-invoice";
import { getBalance } from "./get-balance";

beforeAll(ensureVatRates);

describe("VAT by date", () => {
  it("is 12 % until the end of 2025 and 16 % from 1 January 2026", async () => {
    expect(await getVatRate(new Date("2025-06-15T00:00:00Z"))).toBe(1200);
    expect(await getVatRate(new Date("2025-12-31T23:59:59Z"))).toBe(1200);
    expect(await getVatRate(new Date("2026-01-01T00:00:00Z"))).toBe(1600);
    expect(await getVatRate(new Date("2026-11-24T12:00:00Z"))).toBe(1600);
  });

  it("applies the rate in force on the invoice's date, VAT included in the amount named", async () => {
    const { account, owner } = await createAccount();
    const caller = callerFor(owner, account.id);
    const old = await issueTopupInvoice(caller, 112_000_00, new Date("2025-12-20T06:00:00Z"));
    expect(old).toMatchObject({ vatRateBp: 1200, amountGross: 112_000_00, amountVat: 12_000_00 });
    const now = await issueTopupInvoice(caller, 116_000_00, new Date("2026-11-24T06:00:00Z"));
    expect(now).toMatchObject({ vatRateBp: 1600, amountGross: 116_000_00, amountVat: 16_000_00 });
    expect(old.number).toMatch(/^СЧ-2025-\d{6}$/);
    expect(now.number).toMatch(/^СЧ-2026-\d{6}$/);
  });
});

describe("invoice for top-up", () => {
  beforeEach(() => actAs(null));

  it("creates a numbered INVOICE with one line at once, audited, without touching the balance", async () => {
    const { account, owner } = await createAccount();
    actAs(owner);
    const result = await createTopupInvoice({ accountId: account.id, amount: "80 000" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const doc = await db.document.findUniqueOrThrow({ where: { id: result.data.id }, include: { lines: true } });
    expect(doc).toMatchObject({ accountId: account.id, kind: "INVOICE", status: "ISSUED", amountGross: 80_000_00, vatRateBp: 1600 });
    expect(doc.amountNet + doc.amountVat).toBe(80_000_00);
    expect(doc.lines).toHaveLength(1);
    expect(doc.lines[0].amountNet).toBe(doc.amountNet);
    expect(doc.number).toMatch(/^СЧ-\d{4}-\d{6}$/);
    const audit = await db.auditLog.findFirst({ where: { accountId: account.id, action: "document.create", objectId: doc.id } });
    expect(audit?.actorId).toBe(owner.id);
    expect(await getBalance(callerFor(owner, account.id))).toBe(0);

    // Gapless: the next invoice takes the next number.
    const next = await createTopupInvoice({ accountId: account.id, amount: "1000" });
    expect(next.ok && Number(next.data.number.slice(-6))).toBe(Number(doc.number.slice(-6)) + 1);
  });

  it("parses what a person types and accepts its own output again (the form sends the parsed value)", () => {
    const once = ZTopupInvoice.parse({ accountId: "a", amount: "1 250,50" });
    expect(once.amount).toBe(1_250_50);
    expect(ZTopupInvoice.parse(once).amount).toBe(1_250_50);
  });

  it("refuses a bad amount with a field error", async () => {
    const { account, owner } = await createAccount();
    actAs(owner);
    expect(await createTopupInvoice({ accountId: account.id, amount: "abc" })).toMatchObject({ ok: false, fieldErrors: { amount: "finance.topup.amountInvalid" } });
    expect(await createTopupInvoice({ accountId: account.id, amount: "999,99" })).toMatchObject({ ok: false, fieldErrors: { amount: "finance.topup.amountMin" } });
    expect(await createTopupInvoice({ accountId: account.id, amount: "" })).toMatchObject({ ok: false, fieldErrors: { amount: "validation.required" } });
  });

  it("refuses members without finance.manage or documents.read, strangers, and staff impersonating", async () => {
    const { account, owner } = await createAccount();
    const engineer = await addMember(account.id, ["services.read", "statistics.read"]);
    actAs(engineer);
    expect(await createTopupInvoice({ accountId: account.id, amount: "5000" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    // Reading the finances (and the documents) does not let a member issue an invoice.
    const reader = await addMember(account.id, ["finance.read", "documents.read"]);
    actAs(reader);
    expect(await createTopupInvoice({ accountId: account.id, amount: "5000" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await expect(issueTopupInvoice(callerFor(reader, account.id, "MEMBER", ["finance.read", "documents.read"]), 5000_00)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const financeOnly = await addMember(account.id, ["finance.read", "finance.manage"]);
    actAs(financeOnly);
    expect(await createTopupInvoice({ accountId: account.id, amount: "5000" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.auditLog.count({ where: { actorId: financeOnly.id, outcome: "DENIED", objectType: "action:documents.read" } })).toBe(1);
    const accountant = await addMember(account.id, ["finance.read", "finance.manage", "documents.read"]);
    actAs(accountant);
    expect(await createTopupInvoice({ accountId: account.id, amount: "5000" })).toMatchObject({ ok: true });
    actAs(await createUser());
    expect(await createTopupInvoice({ accountId: account.id, amount: "5000" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const staff = await createUser({ staffRole: "SUPPORT" });
    actAs(owner, { actor: staff, impersonation: { id: "imp-topup", accountId: account.id } });
    expect(await createTopupInvoice({ accountId: account.id, amount: "5000" })).toMatchObject({ ok: false, code: "READ_ONLY" });
    expect(await db.document.count({ where: { accountId: account.id } })).toBe(1); // the accountant's
    await expect(issueTopupInvoice(callerFor(engineer, account.id, "MEMBER", ["services.read"]), 5000_00)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
