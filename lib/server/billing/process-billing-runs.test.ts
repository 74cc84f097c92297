import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db, type Tx } from "@/lib/db";
import { clock } from "@/lib/clock";
import { isPostgresUrl } from "@/lib/env";
import { createUser, type TTestUser } from "@/test/factories";
import { billAccount } from "./bill-account";
import { BILLING_MAX_ATTEMPTS } from "./billing-job";
import { startBillingWorker } from "./billing-worker";
import { enqueueBillingRun } from "./enqueue-billing-run";
import { getVatRate } from "./get-vat-rate";
import { listBillingRuns } from "./list-billing-runs";
import { parsePeriod } from "./period";
import { processBillingRuns } from "./process-billing-runs";
import { billedAccount, drainBillingRuns } from "./test-fixtures";

vi.mock(import("./get-vat-rate"), async (importOriginal) => {
  const real = await importOriginal();
  return { ...real, getVatRate: vi.fn(real.getVatRate) };
});

// What the run left on each account: its BillingCharge rows, invoices and charge rows.
async function chargesOf(accountIds: string[], period: string) {
  const p = parsePeriod(period);
  return Promise.all(
    accountIds.map(async (accountId) => ({
      marks: await db.billingCharge.count({ where: { accountId, period } }),
      invoices: await db.document.count({ where: { accountId, kind: "INVOICE", periodStart: { gte: p.start, lt: p.end } } }),
      chargeSets: (await db.ledgerEntry.groupBy({ by: ["documentId"], where: { accountId, period, kind: "CHARGE" } })).length,
    })),
  );
}

const once = { marks: 1, invoices: 1, chargeSets: 1 };
let quiet: ReturnType<typeof vi.spyOn> | undefined;

describe("the billing job", () => {
  let admin: TTestUser;
  beforeAll(async () => {
    admin = await createUser({ staffRole: "ADMIN" });
    await drainBillingRuns(); // runs other files left queued
  });
  afterEach(() => {
    clock.set(null);
    quiet?.mockRestore();
    vi.mocked(getVatRate).mockClear();
  });

  it("queues one run per period: asked twice, even at once, it answers with the same run", async () => {
    const [a, b] = await Promise.all([enqueueBillingRun(admin, "2023-01"), enqueueBillingRun(admin, "2023-01")]);
    const c = await enqueueBillingRun(admin, "2023-01");
    expect(new Set([a.runId, b.runId, c.runId]).size).toBe(1);
    expect([a.isNew, b.isNew, c.isNew].filter(Boolean)).toHaveLength(1);
    expect(c).toMatchObject({ status: "QUEUED", alreadyDone: false, isNew: false });
    expect(await db.billingRun.findUniqueOrThrow({ where: { period: "2023-01" } })).toMatchObject({ status: "QUEUED", createdById: admin.id, attempts: 0 });
    await drainBillingRuns();
    expect(await enqueueBillingRun(admin, "2023-01")).toMatchObject({ status: "DONE", alreadyDone: true, isNew: false });
    expect(await db.billingRun.count({ where: { period: "2023-01" } })).toBe(1);
  });

  it("bills every account once, with counts that match, and a second pass finds nothing to do", async () => {
    const accounts = await Promise.all([1, 2, 3].map(() => billedAccount("2023-02")));
    const { runId } = await enqueueBillingRun(admin, "2023-02");
    expect(await drainBillingRuns({ batchSize: 2 })).toEqual(["done"]);
    expect(await chargesOf(accounts.map((a) => a.id), "2023-02")).toEqual([once, once, once]);
    const run = await db.billingRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run).toMatchObject({ status: "DONE", attempts: 1, lastError: null, processed: run.total });
    const p = parsePeriod("2023-02");
    const inPeriod = { startedAt: { lt: p.end }, OR: [{ endedAt: null }, { endedAt: { gt: p.start } }] };
    expect(run.total).toBe(await db.account.count({ where: { subscriptions: { some: inPeriod } } }));
    expect(run.total).toBeGreaterThanOrEqual(3);
    expect(run.billed).toBe(await db.billingCharge.count({ where: { runId } }));
    expect(run.accounts).toBe(await db.document.count({ where: { billingRunId: runId, kind: "INVOICE" } }));
    expect(await drainBillingRuns()).toEqual([]);
  });

  it("lets one of two racing workers take a run, and charges each account once", async () => {
    const accounts = await Promise.all([1, 2, 3].map(() => billedAccount("2023-03")));
    await enqueueBillingRun(admin, "2023-03");
    const passes = await Promise.all([processBillingRuns({ batchSize: 2 }), processBillingRuns({ batchSize: 2 })]);
    // The other finds it claimed (taken), or no longer due (idle).
    expect(passes.filter((p) => p.outcome === "done")).toHaveLength(1);
    expect(passes.every((p) => ["done", "taken", "idle"].includes(p.outcome))).toBe(true);
    expect(await chargesOf(accounts.map((a) => a.id), "2023-03")).toEqual([once, once, once]);
  });

  it("fences a worker whose lease ran out: the one that took over finishes, no account is charged twice", async () => {
    const accounts = [];
    for (let i = 0; i < 12; i += 1) accounts.push(await billedAccount("2023-04"));
    const { runId } = await enqueueBillingRun(admin, "2023-04");
    const start = clock.now();
    clock.set(start);
    // The first worker looks at its stop signal before each account: after its first one it
    // stalls past its lease, as far as the clock can tell, and a second worker claims the run
    // while the first goes on with its batch.
    let takeover: ReturnType<typeof processBillingRuns> | undefined;
    let looks = 0;
    const stall = {
      get aborted() {
        looks += 1;
        if (looks === 2) {
          clock.set(new Date(start.getTime() + 5000));
          takeover = processBillingRuns({ batchSize: 10, leaseMs: 1000 });
        }
        return false;
      },
    } as unknown as AbortSignal;
    const slow = await processBillingRuns({ batchSize: 10, leaseMs: 1000, signal: stall });
    const outcomes = [slow, await takeover!];
    expect(outcomes.map((o) => o.outcome)).toEqual(["lost", "done"]);
    expect(await chargesOf(accounts.map((a) => a.id), "2023-04")).toEqual(accounts.map(() => once));
    const run = await db.billingRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run).toMatchObject({ status: "DONE", attempts: 2, processed: run.total });
    expect(run.billed).toBe(await db.billingCharge.count({ where: { runId } }));
  });

  it("skips an account the unique index says is billed already, even without its charges", async () => {
    const [marked, other] = [await billedAccount("2023-05"), await billedAccount("2023-05")];
    // An earlier attempt's mark with no ledger rows or invoice for the checks to find:
    // only the index on (accountId, period) stands between the account and a second charge.
    const earlier = await db.billingRun.create({ data: { period: "1999-05", status: "DONE", runAt: clock.now(), startedAt: clock.now() } });
    await db.billingCharge.create({ data: { accountId: marked.id, period: "2023-05", runId: earlier.id, createdAt: clock.now() } });
    const { runId } = await enqueueBillingRun(admin, "2023-05");
    expect(await drainBillingRuns()).toEqual(["done"]);
    expect(await chargesOf([marked.id, other.id], "2023-05")).toEqual([{ marks: 1, invoices: 0, chargeSets: 0 }, once]);
    expect(await db.billingCharge.count({ where: { runId, accountId: marked.id } })).toBe(0);
    const run = await db.billingRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run).toMatchObject({ status: "DONE", lastError: null, processed: run.total });
  });

  it("charges an account once when two attempts at it race", async () => {
    const account = await db.account.findUniqueOrThrow({ where: { id: (await billedAccount("2023-06")).id }, include: { subscriber: true } });
    const run = await db.billingRun.create({ data: { period: "2023-06", status: "RUNNING", runAt: new Date(clock.nowMs() + 3600_000), startedAt: clock.now() } });
    const args = { runId: run.id, staffId: admin.id, period: parsePeriod("2023-06"), vatRateBp: 1200, account };
    // Both attempts pass the "billed already?" checks before either writes, where the
    // database lets them (PostgreSQL); SQLite lets one writer in at a time, so there the
    // first goes on alone after a while and the second sees its charges.
    let arrived = 0;
    let release = () => {};
    const bothChecked = new Promise<void>((resolve) => (release = resolve));
    const afterChecks = (tx: Tx) =>
      new Proxy(tx, {
        get(target, prop) {
          const value = Reflect.get(target, prop);
          if (prop !== "subscription") return typeof value === "function" ? value.bind(target) : value;
          return {
            findMany: async (...query: Parameters<Tx["subscription"]["findMany"]>) => {
              if ((arrived += 1) === 2) release();
              await Promise.race([bothChecked, new Promise((resolve) => setTimeout(resolve, 500))]);
              return target.subscription.findMany(...query);
            },
          };
        },
      });
    const results = await Promise.allSettled([1, 2].map(() => db.$transaction((tx) => billAccount(afterChecks(tx), args))));
    // On PostgreSQL the second fails on the unique index and rolls back whole.
    expect(results.filter((r) => r.status === "fulfilled" && r.value === true)).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "P2002" });
    if (isPostgresUrl()) expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await chargesOf([account.id], "2023-06")).toEqual([once]);
    await db.billingRun.update({ where: { id: run.id }, data: { status: "DONE" } });
  });

  it("records an error and retries later; after the last attempt the run is FAILED, and staff queue it again", async () => {
    quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const account = await billedAccount("2023-07");
    const { runId } = await enqueueBillingRun(admin, "2023-07");
    clock.set(clock.now());
    vi.mocked(getVatRate).mockRejectedValueOnce(new Error("connection reset"));
    expect(await processBillingRuns()).toMatchObject({ outcome: "retry", runId });
    let run = await db.billingRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run).toMatchObject({ status: "RUNNING", attempts: 1, lastError: "connection reset" });
    expect(run.runAt.getTime()).toBe(clock.nowMs() + 30_000);
    expect(await processBillingRuns()).toMatchObject({ outcome: "idle" }); // not before its time

    await db.billingRun.update({ where: { id: runId }, data: { attempts: BILLING_MAX_ATTEMPTS - 1, runAt: clock.now() } });
    vi.mocked(getVatRate).mockRejectedValueOnce(new Error("connection reset again"));
    expect(await processBillingRuns()).toMatchObject({ outcome: "failed", runId });
    run = await db.billingRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run).toMatchObject({ status: "FAILED", attempts: BILLING_MAX_ATTEMPTS, lastError: "connection reset again", finishedAt: null });
    expect(await processBillingRuns()).toMatchObject({ outcome: "idle" });
    expect((await listBillingRuns(admin)).find((r) => r.id === runId)).toMatchObject({ status: "FAILED", isActive: false, lastError: "connection reset again" });

    expect(await enqueueBillingRun(admin, "2023-07")).toMatchObject({ runId, status: "QUEUED", isNew: true });
    expect(await drainBillingRuns()).toEqual(["done"]);
    expect(await db.billingRun.findUniqueOrThrow({ where: { id: runId } })).toMatchObject({ status: "DONE", attempts: 1, lastError: null });
    expect(await chargesOf([account.id], "2023-07")).toEqual([once]);
  });

  it("runs in the background: a queued run wakes this process's worker, which stops when told", async () => {
    const account = await billedAccount("2023-08");
    const stop = startBillingWorker(60_000);
    try {
      await enqueueBillingRun(admin, "2023-08");
      await vi.waitFor(async () => expect((await db.billingRun.findUniqueOrThrow({ where: { period: "2023-08" } })).status).toBe("DONE"), {
        interval: 50,
        timeout: 15_000,
      });
    } finally {
      await stop();
    }
    expect(await chargesOf([account.id], "2023-08")).toEqual([once]);
  });
});

describe("the billing page's runs", () => {
  it("are for administrators only", async () => {
    const support = await createUser({ staffRole: "SUPPORT" });
    const customer = await createUser();
    for (const who of [support, customer]) await expect(listBillingRuns(who)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
