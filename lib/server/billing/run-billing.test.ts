import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAccount, createUser } from "@/test/factories";
import { runBilling } from "./run-billing";
import { parsePeriod } from "./period";
import { activeDays, allocateVat, computeCharges } from "./compute-charges";

const NOW = new Date("2026-11-24T12:00:00+05:00");

async function tariff(data: { monthlyPrice: number; usagePrice?: number; includedUsage?: number; usageUnit?: string }) {
  const code = `T-${randomUUID().slice(0, 8)}`;
  const service = await db.service.create({
    data: {
      code,
      category: "TELEPHONY",
      nameRu: "Сервис",
      nameKk: "Қызмет",
      nameEn: "Service",
      descriptionRu: "-",
      descriptionKk: "-",
      descriptionEn: "-",
      usageUnit: data.usageUnit ?? null,
    },
  });
  return db.tariff.create({
    data: {
      serviceId: service.id,
      code,
      nameRu: "Линия",
      nameKk: "Желі",
      nameEn: "Line",
      unit: "LINE",
      monthlyPrice: data.monthlyPrice,
      usagePrice: data.usagePrice ?? 0,
      includedUsage: data.includedUsage ?? 0,
    },
  });
}

// A VAT-paying subscriber with a full-month line, a line started mid-month and metered
// minutes beyond the included volume.
async function billedAccount(periodKey: string, isVatPayer = true) {
  const { account, subscriber } = await createAccount();
  await db.subscriber.update({ where: { id: subscriber.id }, data: { isVatPayer } });
  const p = parsePeriod(periodKey);
  const sip = await tariff({ monthlyPrice: 1_500_00, usagePrice: 12_00, includedUsage: 200, usageUnit: "MIN" });
  const vm = await tariff({ monthlyPrice: 30_000_00 });
  const full = await db.subscription.create({
    data: { accountId: account.id, tariffId: sip.id, quantity: 2, startedAt: new Date(Date.UTC(p.year - 1, 0, 1)) },
  });
  // Connected on the 11th, 00:00 Almaty: the days from the 11th to the month's end.
  await db.subscription.create({
    data: { accountId: account.id, tariffId: vm.id, quantity: 1, startedAt: new Date(p.start.getTime() + 10 * 86_400_000) },
  });
  // 450 minutes against 2 × 200 included: 50 minutes beyond, at 12 ₸.
  for (const [day, volume] of [[3, 200], [15, 250]] as const) {
    await db.usageRecord.create({
      data: { accountId: account.id, subscriptionId: full.id, day: new Date(Date.UTC(p.year, p.month - 1, day)), volume },
    });
  }
  // Usage of the next month does not count.
  await db.usageRecord.create({
    data: { accountId: account.id, subscriptionId: full.id, day: new Date(Date.UTC(p.year, p.month, 1)), volume: 999 },
  });
  return account;
}

describe("the monthly billing run", () => {
  let admin: Awaited<ReturnType<typeof createUser>>;
  beforeAll(async () => {
    admin = await createUser({ staffRole: "ADMIN" });
    for (const rate of [
      { validFrom: new Date("2009-01-01T00:00:00Z"), rateBp: 1200 },
      { validFrom: new Date("2026-01-01T00:00:00Z"), rateBp: 1600 },
    ]) {
      await db.vatRate.upsert({ where: { validFrom: rate.validFrom }, update: {}, create: rate });
    }
  });

  it("bills a 2025 period at 12 % VAT with prorated fees and usage beyond the included volume", async () => {
    const account = await billedAccount("2025-03");
    const result = await runBilling(admin, "2025-03", { now: NOW });
    expect(result).toMatchObject({ alreadyDone: false, vatRateBp: 1200 });

    // March has 31 days; the VM ran from the 11th: 21 days.
    const vmNet = Math.round((30_000_00 * 21) / 31);
    const net = 2 * 1_500_00 + vmNet + 50 * 12_00;
    const vat = Math.round((net * 1200) / 10_000);
    const documents = await db.document.findMany({ where: { accountId: account.id }, include: { lines: true }, orderBy: { kind: "asc" } });
    expect(documents.map((d) => d.kind).sort()).toEqual(["ACT", "INVOICE", "TAX_INVOICE"]);
    for (const d of documents) {
      expect(d).toMatchObject({ amountNet: net, amountVat: vat, amountGross: net + vat, vatRateBp: 1200, status: "ISSUED" });
      expect(d.lines.map((l) => l.amountNet).sort((a, b) => a - b)).toEqual([50 * 12_00, 2 * 1_500_00, vmNet].sort((a, b) => a - b));
    }
    const ledger = await db.ledgerEntry.findMany({ where: { accountId: account.id } });
    expect(ledger).toHaveLength(3);
    expect(ledger.every((e) => e.kind === "CHARGE" && e.amount < 0 && e.period === "2025-03")).toBe(true);
    expect(ledger.reduce((sum, e) => sum + e.amount, 0)).toBe(-(net + vat));
  });

  it("bills a 2026 period at 16 % VAT, and a non-VAT payer gets no tax invoice", async () => {
    const account = await billedAccount("2026-02", false);
    const result = await runBilling(admin, "2026-02", { now: NOW });
    expect(result.vatRateBp).toBe(1600);
    const invoice = await db.document.findFirstOrThrow({ where: { accountId: account.id, kind: "INVOICE" } });
    // February 2026 has 28 days; the VM ran from the 11th: 18 days.
    const net = 2 * 1_500_00 + Math.round((30_000_00 * 18) / 28) + 50 * 12_00;
    expect(invoice).toMatchObject({ amountNet: net, amountVat: Math.round((net * 1600) / 10_000), vatRateBp: 1600 });
    expect(await db.document.count({ where: { accountId: account.id, kind: "TAX_INVOICE" } })).toBe(0);
  });

  it("changes nothing when run twice for the same period", async () => {
    const account = await billedAccount("2025-05");
    await runBilling(admin, "2025-05", { now: NOW });
    const before = {
      documents: await db.document.count({ where: { accountId: account.id } }),
      ledger: await db.ledgerEntry.count({ where: { accountId: account.id } }),
      runs: await db.billingRun.count({ where: { period: "2025-05" } }),
    };
    const again = await runBilling(admin, "2025-05", { now: NOW });
    expect(again.alreadyDone).toBe(true);
    expect({
      documents: await db.document.count({ where: { accountId: account.id } }),
      ledger: await db.ledgerEntry.count({ where: { accountId: account.id } }),
      runs: await db.billingRun.count({ where: { period: "2025-05" } }),
    }).toEqual(before);
  });

  it("resumes an interrupted run without billing an account twice", async () => {
    const first = await billedAccount("2025-07");
    await runBilling(admin, "2025-07", { now: NOW });
    // Simulate a crash after the first account: the run is unfinished and stale, and a
    // second account appeared with charges for the period.
    await db.billingRun.update({ where: { period: "2025-07" }, data: { finishedAt: null, startedAt: new Date(NOW.getTime() - 3600_000) } });
    const second = await billedAccount("2025-07");
    const result = await runBilling(admin, "2025-07", { now: NOW });
    expect(result.alreadyDone).toBe(false);
    expect(await db.document.count({ where: { accountId: first.id, kind: "INVOICE" } })).toBe(1);
    expect(await db.document.count({ where: { accountId: second.id, kind: "INVOICE" } })).toBe(1);
  });

  it("refuses the current, unfinished month and a future one, creating nothing", async () => {
    await expect(runBilling(admin, "2026-11", { now: NOW })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { period: "staff.billing.errors.notFinished" },
    });
    await expect(runBilling(admin, "2027-01", { now: NOW })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(runBilling(admin, "2026-13", { now: NOW })).rejects.toMatchObject({ fieldErrors: { period: "staff.billing.errors.format" } });
    expect(await db.billingRun.count({ where: { period: { in: ["2026-11", "2027-01"] } } })).toBe(0);
  });

  it("is for administrators only", async () => {
    const support = await createUser({ staffRole: "SUPPORT" });
    await expect(runBilling(support, "2025-01", { now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("charge arithmetic", () => {
  const p = parsePeriod("2026-04"); // 30 days
  const tariffRow = { nameRu: "A", nameKk: "A", nameEn: "A", unit: "PORT", monthlyPrice: 30_000, usagePrice: 0, includedUsage: 0, service: { usageUnit: null } };

  it("counts the start day and not the end day, in Almaty days", () => {
    expect(activeDays({ startedAt: new Date("2026-04-16T00:00:00+05:00"), endedAt: null }, p)).toBe(15);
    expect(activeDays({ startedAt: new Date("2026-01-01T00:00:00+05:00"), endedAt: new Date("2026-04-11T00:00:00+05:00") }, p)).toBe(10);
    expect(activeDays({ startedAt: new Date("2026-05-01T00:00:00+05:00"), endedAt: null }, p)).toBe(0);
  });

  it("skips suspended subscriptions and bills a disconnected one until it ended", () => {
    const lines = computeCharges(
      p,
      [
        { id: "a", quantity: 1, status: "SUSPENDED", startedAt: new Date("2026-01-01"), endedAt: null, tariff: tariffRow },
        { id: "b", quantity: 1, status: "DISCONNECTED", startedAt: new Date("2026-01-01"), endedAt: new Date("2026-04-16T00:00:00+05:00"), tariff: tariffRow },
      ],
      new Map(),
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ subscriptionId: "b", amountNet: 15_000, quantity: 0.5 });
  });

  it("splits VAT over lines so they add up to the document's VAT", () => {
    const shares = allocateVat([{ amountNet: 333 }, { amountNet: 333 }, { amountNet: 334 }], 160);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(160);
  });
});
