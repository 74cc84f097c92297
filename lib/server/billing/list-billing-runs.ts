import "server-only";
import { db } from "@/lib/db";
import { assertStaff, type TStaffRef } from "@/lib/server/staff/assert-staff";
import { ACTIVE_RUN_STATUSES, type TBillingRunStatus } from "./billing-job";

// The latest runs for the billing page, with their progress and their invoices' total.
export async function listBillingRuns(staff: TStaffRef) {
  assertStaff(staff, "ADMIN");
  const runs = await db.billingRun.findMany({
    orderBy: { period: "desc" },
    take: 24,
    select: { id: true, period: true, status: true, attempts: true, total: true, processed: true, billed: true, lastError: true, startedAt: true, finishedAt: true },
  });
  const totals = await db.document.groupBy({
    by: ["billingRunId"],
    where: { billingRunId: { in: runs.map((r) => r.id) }, kind: "INVOICE" },
    _sum: { amountGross: true },
  });
  const gross = new Map(totals.map((t) => [t.billingRunId, t._sum.amountGross ?? 0]));
  return runs.map((r) => ({
    ...r,
    status: r.status as TBillingRunStatus,
    isActive: ACTIVE_RUN_STATUSES.includes(r.status as TBillingRunStatus),
    gross: gross.get(r.id) ?? 0,
  }));
}
