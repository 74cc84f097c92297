import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/server/auth/is-unique-violation";
import { clock } from "@/lib/clock";
import { billAccount, type TBillArgs } from "./bill-account";
import { ACTIVE_RUN_STATUSES, BILLING_MAX_ATTEMPTS, billingBatchSize, billingLeaseMs, billingRetryDelayMs } from "./billing-job";
import { getVatRate } from "./get-vat-rate";
import { parsePeriod } from "./period";

export type TBillingPassOptions = {
  leaseMs?: number;
  batchSize?: number;
  signal?: AbortSignal; // aborted: stop after the current account, hand the run back
};

export type TBillingPass = {
  // idle: nothing due; taken: another worker claimed it first; done; retry: an error, tried
  // again later; failed: given up; lost: the lease ended and another worker took over;
  // stopped: handed back on `signal`.
  outcome: "idle" | "taken" | "done" | "retry" | "failed" | "lost" | "stopped";
  runId?: string;
};

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);

// One pass of the billing worker (the mail worker's pattern, lib/email/deliver-due-mail.ts):
// - the oldest due run (QUEUED, or RUNNING with its lease over) is claimed by moving its
//   `runAt` a lease ahead and counting the attempt, in one conditional update, so two
//   workers never take it at once; the attempt's number then fences every later write;
// - the ACTIVE accounts with a subscription in the period are billed in batches by account
//   number, each in its own transaction; after a batch the run records its cursor and
//   counts and renews the lease;
// - a worker killed mid-way leaves the run RUNNING with a lease that ends: the next claim
//   goes on after the cursor, and the accounts of the lost batch that were billed already
//   are skipped (their BillingCharge rows), so every account is charged exactly once;
// - an error is recorded (lastError) and the run retried after 30 s, 1, 2 … minutes; after
//   BILLING_MAX_ATTEMPTS claims it is FAILED, which staff see and can queue again.
export async function processBillingRuns(options: TBillingPassOptions = {}): Promise<TBillingPass> {
  const leaseMs = options.leaseMs ?? billingLeaseMs();
  const batchSize = options.batchSize ?? billingBatchSize();
  const now = clock.now();
  const due = await db.billingRun.findFirst({
    where: { status: { in: ACTIVE_RUN_STATUSES }, runAt: { lte: now } },
    orderBy: { runAt: "asc" },
    select: { id: true, attempts: true },
  });
  if (!due) return { outcome: "idle" };
  const runId = due.id;
  const attempt = due.attempts + 1;
  const claim = await db.billingRun.updateMany({
    where: { id: runId, status: { in: ACTIVE_RUN_STATUSES }, runAt: { lte: now }, attempts: due.attempts },
    data: { status: "RUNNING", attempts: attempt, runAt: new Date(now.getTime() + leaseMs) },
  });
  if (claim.count === 0) return { outcome: "taken", runId };

  // Writes of this claim only: false once another worker has claimed the run since.
  const fenced = async (data: Prisma.BillingRunUpdateManyMutationInput) =>
    (await db.billingRun.updateMany({ where: { id: runId, attempts: attempt }, data })).count === 1;

  try {
    if (attempt > BILLING_MAX_ATTEMPTS) {
      await fenced({ status: "FAILED", lastError: `stopped after ${BILLING_MAX_ATTEMPTS} attempts without finishing` });
      return { outcome: "failed", runId };
    }
    const run = await db.billingRun.findUniqueOrThrow({ where: { id: runId } });
    const period = parsePeriod(run.period);
    const vatRateBp = await getVatRate(period.lastMoment);
    // The accounts with a subscription in the period, after the cursor: the others have
    // nothing to bill (billAccount would look and find nothing). Whatever their status now:
    // one suspended since pays for the days before (not for the suspension's), one
    // terminated since pays for its services' last days.
    const after = (cursor: string | null): Prisma.AccountWhereInput => ({
      subscriptions: { some: { startedAt: { lt: period.end }, OR: [{ endedAt: null }, { endedAt: { gt: period.start } }] } },
      ...(cursor === null ? {} : { number: { gt: cursor } }),
    });
    let { cursor, processed } = run;
    const remaining = await db.account.count({ where: after(cursor) });
    if (!(await fenced({ total: processed + remaining }))) return { outcome: "lost", runId };

    for (;;) {
      const accounts = await db.account.findMany({
        where: after(cursor),
        select: { id: true, number: true, subscriber: { select: { isVatPayer: true } } },
        orderBy: { number: "asc" },
        take: batchSize,
      });
      if (accounts.length === 0) break;
      for (const account of accounts) {
        if (options.signal?.aborted) {
          // Handed back due now, for the next worker, rather than left to its lease.
          const billed = await db.billingCharge.count({ where: { runId } });
          return { outcome: (await fenced({ cursor, processed, billed, runAt: clock.now() })) ? "stopped" : "lost", runId };
        }
        await billOnce({ runId, staffId: run.createdById, period, vatRateBp, account });
        processed += 1;
        cursor = account.number;
      }
      const billed = await db.billingCharge.count({ where: { runId } });
      if (!(await fenced({ cursor, processed, billed, runAt: new Date(clock.nowMs() + leaseMs) }))) return { outcome: "lost", runId };
    }

    const [billed, invoices] = await Promise.all([
      db.billingCharge.count({ where: { runId } }),
      db.document.count({ where: { billingRunId: runId, kind: "INVOICE" } }),
    ]);
    const isDone = await fenced({ status: "DONE", finishedAt: clock.now(), total: processed, processed, billed, accounts: invoices, lastError: null });
    return { outcome: isDone ? "done" : "lost", runId };
  } catch (error) {
    const isLast = attempt >= BILLING_MAX_ATTEMPTS;
    console.error(`[billing] run ${runId} attempt ${attempt} failed${isLast ? ", giving up" : ""}: ${describe(error)}`);
    await fenced(
      isLast ? { status: "FAILED", lastError: describe(error) } : { lastError: describe(error), runAt: new Date(clock.nowMs() + billingRetryDelayMs(attempt)) },
    );
    return { outcome: isLast ? "failed" : "retry", runId };
  }
}

// An account in its own transaction. A unique violation on its BillingCharge row means
// another attempt (a worker whose lease ran out, say) charged it first: billed already.
async function billOnce(args: TBillArgs): Promise<void> {
  try {
    await db.$transaction((tx) => billAccount(tx, args));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const charged = await db.billingCharge.findUnique({
      where: { accountId_period: { accountId: args.account.id, period: args.period.key } },
      select: { id: true },
    });
    if (!charged) throw error;
  }
}
