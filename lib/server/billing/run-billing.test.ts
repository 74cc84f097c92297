import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/test/factories";
import { enqueueBillingRun } from "./enqueue-billing-run";
import { parsePeriod } from "./period";
import { activeDays, allocateVat, computeCharges } from "./compute-charges";
import { billedAccount, drainBillingRuns } from "./test-fixtures";
import { changeAccountStatus } from "@/lib/server/lifecycle/change-account-status";
import { clock } from "@/lib/clock";

const NOW = new Date("2026-11-24T12:00:00+05:00");

// The rules of the monthly run, through the job: queued by an administrator, done by the
// worker (here in-process, until nothing is due).
async function runBilling(staff: { id: string; staffRole: string | null }, periodKey: string) {
  const queued = await enqueueBillingRun(staff, periodKey, { now: NOW });
  await drainBillingRuns();
  const run = await db.billingRun.findUniqueOrThrow({ where: { id: queued.runId } });
  return { ...queued, run };
}

describe("the monthly billing run", () => {
  let admin: Awaited<ReturnType<typeof createUser>>;
  beforeAll(async () => {
    // Runs other files left queued (the staff actions' test queues one and leaves it) are
    // done first, before this file's accounts exist, so they bill none of them.
    await drainBillingRuns();
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
    const result = await runBilling(admin, "2025-03");
    expect(result).toMatchObject({ alreadyDone: false, isNew: true, status: "QUEUED" });
    expect(result.run).toMatchObject({ status: "DONE", lastError: null });
    expect(result.run.processed).toBe(result.run.total);
    expect(result.run.billed).toBeGreaterThanOrEqual(1);
    expect(result.run.finishedAt).not.toBeNull();

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
    await runBilling(admin, "2026-02");
    const invoice = await db.document.findFirstOrThrow({ where: { accountId: account.id, kind: "INVOICE" } });
    // February 2026 has 28 days; the VM ran from the 11th: 18 days.
    const net = 2 * 1_500_00 + Math.round((30_000_00 * 18) / 28) + 50 * 12_00;
    expect(invoice).toMatchObject({ amountNet: net, amountVat: Math.round((net * 1600) / 10_000), vatRateBp: 1600 });
    expect(await db.document.count({ where: { accountId: account.id, kind: "TAX_INVOICE" } })).toBe(0);
  });

  it("charges no fee for the days the account's services were suspended", async () => {
    const account = await billedAccount("2025-10");
    const at = (day: number, hour: number) => new Date(`2025-10-${String(day).padStart(2, "0")}T${String(hour).padStart(2, "0")}:00:00+05:00`);
    try {
      // Suspended on the 6th in the afternoon, resumed on the 16th in the morning: the 6th to
      // the 15th go free. Suspended again on the 25th and still so when the month is billed.
      for (const [day, hour, operation] of [
        [6, 14, "SUSPEND"],
        [16, 9, "RESUME"],
        [25, 10, "SUSPEND"],
      ] as const) {
        clock.set(at(day, hour));
        await changeAccountStatus(admin, { accountId: account.id, operation, reason: operation === "SUSPEND" ? "Задолженность по оплате" : "" });
      }
    } finally {
      clock.set(null);
    }
    expect(
      await db.accountSuspension.findMany({ where: { accountId: account.id }, orderBy: { startedAt: "asc" }, select: { startedAt: true, endedAt: true } }),
    ).toEqual([
      { startedAt: at(6, 14), endedAt: at(16, 9) },
      { startedAt: at(25, 10), endedAt: null },
    ]);
    await runBilling(admin, "2025-10");

    // October has 31 days, 17 of them suspended (the 6th–15th, the 25th–31st). The lines
    // (2 from before the month) pay 14; the VM (from the 11th: 21 days) pays 21 − 5 − 7 = 9.
    // Usage beyond the included volume, none of it while suspended, is billed as it was.
    const sipNet = Math.round((2 * 1_500_00 * 14) / 31);
    const vmNet = Math.round((30_000_00 * 9) / 31);
    const invoice = await db.document.findFirstOrThrow({ where: { accountId: account.id, kind: "INVOICE" }, include: { lines: true } });
    expect(invoice.amountNet).toBe(sipNet + vmNet + 50 * 12_00);
    expect(invoice.lines.map((l) => [l.nameRu, l.amountNet]).sort()).toEqual(
      [
        ["Линия (14 из 31 дн.)", sipNet],
        ["Линия (9 из 31 дн.)", vmNet],
        ["Линия: сверх включённого объёма", 50 * 12_00],
      ].sort(),
    );
  });

  it("bills an account terminated mid-month for its services' last days", async () => {
    const account = await billedAccount("2023-10");
    try {
      clock.set(new Date("2023-10-21T10:00:00+05:00"));
      await changeAccountStatus(admin, { accountId: account.id, operation: "TERMINATE", reason: "Расторжение по заявлению абонента" });
    } finally {
      clock.set(null);
    }
    await runBilling(admin, "2023-10");
    // Disconnected on the 21st: the lines pay the 1st–20th, the VM the 11th–20th.
    const net = Math.round((2 * 1_500_00 * 20) / 31) + Math.round((30_000_00 * 10) / 31) + 50 * 12_00;
    expect(await db.document.findFirstOrThrow({ where: { accountId: account.id, kind: "INVOICE" } })).toMatchObject({ amountNet: net });
  });

  it("changes nothing when run twice for the same period", async () => {
    const account = await billedAccount("2025-05");
    await runBilling(admin, "2025-05");
    const before = {
      documents: await db.document.count({ where: { accountId: account.id } }),
      ledger: await db.ledgerEntry.count({ where: { accountId: account.id } }),
      runs: await db.billingRun.count({ where: { period: "2025-05" } }),
    };
    const again = await runBilling(admin, "2025-05");
    expect(again).toMatchObject({ alreadyDone: true, isNew: false, status: "DONE" });
    expect({
      documents: await db.document.count({ where: { accountId: account.id } }),
      ledger: await db.ledgerEntry.count({ where: { accountId: account.id } }),
      runs: await db.billingRun.count({ where: { period: "2025-05" } }),
    }).toEqual(before);
  });

  it("resumes an interrupted run without billing an account twice", async () => {
    const first = await billedAccount("2025-07");
    const done = await runBilling(admin, "2025-07");
    // Simulate a worker dead after the first accounts: the run is RUNNING, its lease over,
    // its cursor lost, and a second account appeared with charges for the period.
    await db.billingRun.update({
      where: { period: "2025-07" },
      data: { status: "RUNNING", finishedAt: null, cursor: null, processed: 0, runAt: new Date(NOW.getTime() - 3600_000) },
    });
    const second = await billedAccount("2025-07");
    await drainBillingRuns();
    const run = await db.billingRun.findUniqueOrThrow({ where: { period: "2025-07" } });
    expect(run).toMatchObject({ status: "DONE", attempts: 2, billed: done.run.billed + 1 });
    expect(await db.document.count({ where: { accountId: first.id, kind: "INVOICE" } })).toBe(1);
    expect(await db.document.count({ where: { accountId: second.id, kind: "INVOICE" } })).toBe(1);
    expect(await db.billingCharge.count({ where: { accountId: { in: [first.id, second.id] }, period: "2025-07" } })).toBe(2);
  });

  it("refuses the current, unfinished month and a future one, creating nothing", async () => {
    await expect(enqueueBillingRun(admin, "2026-11", { now: NOW })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { period: "staff.billing.errors.notFinished" },
    });
    await expect(enqueueBillingRun(admin, "2027-01", { now: NOW })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(enqueueBillingRun(admin, "2026-13", { now: NOW })).rejects.toMatchObject({ fieldErrors: { period: "staff.billing.errors.format" } });
    expect(await db.billingRun.count({ where: { period: { in: ["2026-11", "2027-01"] } } })).toBe(0);
  });

  it("is for administrators only", async () => {
    const support = await createUser({ staffRole: "SUPPORT" });
    const customer = await createUser();
    for (const staff of [support, customer]) {
      await expect(enqueueBillingRun(staff, "2025-01", { now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await db.billingRun.count({ where: { period: "2025-01" } })).toBe(0);
  });
});

describe("charge arithmetic", () => {
  const p = parsePeriod("2026-04"); // 30 days
  const tariffRow = {
    nameRu: "A",
    nameKk: "A",
    nameEn: "A",
    unit: "PORT",
    monthlyPrice: 30_000,
    usagePrice: 0,
    includedUsage: 0,
    service: { usageUnit: null },
  };

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

  it("leaves out the days of a suspension: the day it started goes free, the day it ended is paid", () => {
    const full = { startedAt: new Date("2026-01-01T00:00:00+05:00"), endedAt: null };
    const suspended = (from: string, to: string | null) => ({ startedAt: new Date(`${from}+05:00`), endedAt: to ? new Date(`${to}+05:00`) : null });
    expect(activeDays(full, p, [suspended("2026-04-10T15:00:00", "2026-04-20T08:00:00")])).toBe(20);
    // Suspended and resumed the same day: no day lost. Open since March: the whole month.
    expect(activeDays(full, p, [suspended("2026-04-10T09:00:00", "2026-04-10T18:00:00")])).toBe(30);
    expect(activeDays(full, p, [suspended("2026-03-20T00:00:00", null)])).toBe(0);
    // Two suspensions, and a subscription that began inside the first.
    const spans = [suspended("2026-04-01T00:00:00", "2026-04-06T00:00:00"), suspended("2026-04-26T12:00:00", null)];
    expect(activeDays(full, p, spans)).toBe(20);
    expect(activeDays({ startedAt: new Date("2026-04-03T00:00:00+05:00"), endedAt: null }, p, spans)).toBe(20);
    const lines = computeCharges(p, [{ id: "a", quantity: 1, status: "ACTIVE", ...full, tariff: tariffRow }], new Map(), [
      suspended("2026-03-20T00:00:00", null),
    ]);
    expect(lines).toEqual([]);
  });

  it("splits VAT over lines so they add up to the document's VAT", () => {
    const shares = allocateVat([{ amountNet: 333 }, { amountNet: 333 }, { amountNet: 334 }], 160);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(160);
  });
});
