import { spawn, type ChildProcess } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { clock } from "@/lib/clock";
import { createAccount, createUser } from "@/test/factories";
import { enqueueBillingRun } from "./enqueue-billing-run";
import { parsePeriod } from "./period";
import { drainBillingRuns, tariff } from "./test-fixtures";

const PERIOD = "2022-11";
const ACCOUNTS = 150;

// The standalone worker (scripts/worker.ts) as production runs it, in one process (no tsx
// wrapper between the test and the worker, so SIGKILL reaches the worker itself), on the
// tests' database, with a short lease and small batches.
function startWorker(log: string[]): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: { ...process.env, BILLING_LEASE_MS: "2000", BILLING_BATCH: "5", BILLING_POLL_MS: "200", MAIL_WORKER: "off" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => log.push(String(chunk)));
  child.stderr?.on("data", (chunk) => log.push(String(chunk)));
  return child;
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.once("exit", (code) => resolve(code))));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(read: () => Promise<T>, isMet: (value: T) => boolean, timeoutMs: number, what: string, log: string[]): Promise<T> {
  const deadline = clock.nowMs() + timeoutMs;
  for (;;) {
    const value = await read();
    if (isMet(value)) return value;
    if (clock.nowMs() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)}\n${log.join("")}`);
    await sleep(20);
  }
}

describe("the billing worker killed mid-run", () => {
  const accountIds: string[] = [];
  let adminId = "";
  beforeAll(async () => {
    await drainBillingRuns(); // runs other files left queued: the worker here has ours alone
    adminId = (await createUser({ staffRole: "ADMIN" })).id;
    const line = await tariff({ monthlyPrice: 10_000_00 });
    const p = parsePeriod(PERIOD);
    for (let i = 0; i < ACCOUNTS; i += 1) {
      const { account } = await createAccount({ billingMethod: "POSTPAID" });
      await db.subscription.create({ data: { accountId: account.id, tariffId: line.id, quantity: 1, startedAt: new Date(Date.UTC(p.year, 0, 1)) } });
      accountIds.push(account.id);
    }
  });

  it("is restarted and finishes the run with every account charged exactly once", async () => {
    const { runId } = await enqueueBillingRun({ id: adminId, staffRole: "ADMIN" }, PERIOD);
    const readRun = () => db.billingRun.findUniqueOrThrow({ where: { id: runId }, select: { status: true, total: true, processed: true, attempts: true } });
    const log: string[] = [];
    let child = startWorker(log);
    try {
      const seen = await until(readRun, (r) => r.processed > 0, 30_000, "the first worker's progress", log);
      process.kill(child.pid!, "SIGKILL");
      await exited(child);
      const killed = await readRun();
      expect(seen.processed, "killed in the middle of the run").toBeLessThan(seen.total);
      expect(killed).toMatchObject({ status: "RUNNING", attempts: 1 });
      expect(killed.processed).toBeLessThan(killed.total);

      child = startWorker(log);
      const done = await until(readRun, (r) => r.status === "DONE" || r.status === "FAILED", 60_000, "the run after the restart", log);
      expect(done, log.join("")).toMatchObject({ status: "DONE", attempts: 2 });
      process.kill(child.pid!, "SIGTERM");
      expect(await exited(child)).toBe(0);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }

    const run = await db.billingRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run.processed).toBe(run.total);
    expect(run.billed).toBe(await db.billingCharge.count({ where: { runId } }));
    expect(run.billed).toBeGreaterThanOrEqual(ACCOUNTS);
    expect(run.accounts).toBe(await db.document.count({ where: { billingRunId: runId, kind: "INVOICE" } }));
    const where = { accountId: { in: accountIds } };
    const [marks, invoices, charges] = await Promise.all([
      db.billingCharge.groupBy({ by: ["accountId"], where: { ...where, period: PERIOD }, _count: true }),
      db.document.groupBy({ by: ["accountId"], where: { ...where, kind: "INVOICE", billingRunId: runId }, _count: true }),
      db.ledgerEntry.groupBy({ by: ["accountId"], where: { ...where, kind: "CHARGE", period: PERIOD }, _count: true }),
    ]);
    for (const rows of [marks, invoices, charges]) {
      expect(rows).toHaveLength(ACCOUNTS);
      expect(rows.every((r) => r._count === 1)).toBe(true); // one line: one CHARGE row each
    }
  }, 120_000);
});
