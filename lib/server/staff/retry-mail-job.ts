import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { clock } from "@/lib/clock";
import type { TRequestMeta } from "@/lib/request-meta";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { assertStaff, type TStaffRef } from "./assert-staff";

// Puts a mail the worker gave up on back in the queue, with a fresh set of attempts (the
// provider is back, the address was corrected…). Only a FAILED job: one still pending is
// already on its way.
export async function retryMailJob(staff: TStaffRef, jobId: string, meta?: TRequestMeta) {
  assertStaff(staff, "SUPPORT");
  const { count } = await db.mailJob.updateMany({
    where: { id: jobId, status: "FAILED" },
    data: { status: "PENDING", attempts: 0, runAt: clock.now() },
  });
  if (count === 0) {
    const exists = (await db.mailJob.count({ where: { id: jobId } })) > 0;
    throw exists ? new AppError("CONFLICT", "conflict") : new AppError("NOT_FOUND", "notFound");
  }
  await writeAudit({ actorId: staff.id, action: "mail.retry", objectType: "mail", objectId: jobId, meta });
  return { jobId };
}
