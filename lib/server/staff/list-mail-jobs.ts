import "server-only";
import { db } from "@/lib/db";
import { clock } from "@/lib/clock";
import { assertStaff, type TStaffRef } from "./assert-staff";

// The outbox as staff see it (/staff/mail): what waits, what is being retried after a
// failure, what was given up on, and how much left in the last day.
export async function listMailJobs(staff: TStaffRef) {
  assertStaff(staff, "SUPPORT");
  const dayAgo = new Date(clock.nowMs() - 24 * 3600_000);
  const [pending, retrying, failed, sentToday, jobs] = await Promise.all([
    db.mailJob.count({ where: { status: "PENDING", attempts: 0 } }),
    db.mailJob.count({ where: { status: "PENDING", attempts: { gt: 0 } } }),
    db.mailJob.count({ where: { status: "FAILED" } }),
    db.mailJob.count({ where: { status: "SENT", sentAt: { gte: dayAgo } } }),
    db.mailJob.findMany({
      where: { OR: [{ status: "FAILED" }, { status: "PENDING" }] },
      // What staff act on first: the failed mail ("FAILED" < "PENDING"), then the newest.
      orderBy: [{ status: "asc" }, { createdAt: "desc" }],
      take: 100,
      select: { id: true, to: true, template: true, status: true, attempts: true, runAt: true, lastError: true, createdAt: true },
    }),
  ]);
  return { counts: { pending, retrying, failed, sentToday }, jobs };
}
