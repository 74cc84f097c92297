import "server-only";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/server/auth/is-unique-violation";
import { AppError } from "@/lib/errors";
import { clock } from "@/lib/clock";
import { assertStaff, type TStaffRef } from "@/lib/server/staff/assert-staff";
import { notifyBillingQueued, type TBillingRunStatus } from "./billing-job";
import { isPeriodClosed, parsePeriod } from "./period";

export type TEnqueuedBillingRun = {
  runId: string;
  period: string;
  status: TBillingRunStatus;
  alreadyDone: boolean; // DONE before: queuing it again changes nothing
  isNew: boolean; // queued by this call (or queued again after it FAILED)
};


const periodError = (key: string) => new AppError("VALIDATION", "validation", { fieldErrors: { period: key } });

// Queues the monthly billing run of a period that is over (clause 1.5); the billing worker
// (process-billing-runs.ts) does the work. One run per period, the database's rule
// (BillingRun.period is unique): a DONE run is not repeated, a QUEUED or RUNNING one is
// answered as in progress, and a FAILED one is queued again, going on where it stopped.
export async function enqueueBillingRun(staff: TStaffRef, periodKey: string, options: { now?: Date } = {}): Promise<TEnqueuedBillingRun> {
  assertStaff(staff, "ADMIN");
  const now = options.now ?? clock.now();
  const period = parsePeriod(periodKey);
  if (!isPeriodClosed(period, now)) throw periodError("staff.billing.errors.notFinished");

  const answer = (run: { id: string; status: string }, isNew = false): TEnqueuedBillingRun => ({
    runId: run.id,
    period: period.key,
    status: run.status as TBillingRunStatus,
    alreadyDone: run.status === "DONE",
    isNew,
  });
  const existing = await db.billingRun.findUnique({ where: { period: period.key }, select: { id: true, status: true } });
  if (existing?.status === "FAILED") {
    // A fresh count of attempts; the cursor, the counts and the last error stay.
    const requeued = await db.billingRun.updateMany({ where: { id: existing.id, status: "FAILED" }, data: { status: "QUEUED", attempts: 0, runAt: now } });
    if (requeued.count === 1) notifyBillingQueued();
    return answer({ id: existing.id, status: "QUEUED" }, requeued.count === 1);
  }
  if (existing) return answer(existing);
  try {
    const run = await db.billingRun.create({
      data: { period: period.key, status: "QUEUED", runAt: now, startedAt: now, createdById: staff.id },
      select: { id: true, status: true },
    });
    notifyBillingQueued();
    return answer(run, true);
  } catch (error) {
    // Another administrator queued the same period a moment ago.
    if (!isUniqueViolation(error)) throw error;
    return answer(await db.billingRun.findUniqueOrThrow({ where: { period: period.key }, select: { id: true, status: true } }));
  }
}
