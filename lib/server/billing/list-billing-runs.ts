import "server-only";
import { db } from "@/lib/db";
import { assertStaff, type TStaffRef } from "@/lib/server/staff/assert-staff";

export async function listBillingRuns(staff: TStaffRef) {
  assertStaff(staff, "ADMIN");
  const runs = await db.billingRun.findMany({ orderBy: { period: "desc" }, take: 24 });
  const totals = await db.document.groupBy({
    by: ["billingRunId"],
    where: { billingRunId: { in: runs.map((r) => r.id) }, kind: "INVOICE" },
    _sum: { amountGross: true },
    _count: true,
  });
  const byRun = new Map(totals.map((t) => [t.billingRunId, t]));
  return runs.map((r) => ({ ...r, invoices: byRun.get(r.id)?._count ?? 0, gross: byRun.get(r.id)?._sum.amountGross ?? 0 }));
}
