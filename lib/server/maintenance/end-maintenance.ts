import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TRequestMeta } from "@/lib/request-meta";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { assertStaff, type TStaffRef } from "@/lib/server/staff/assert-staff";
import { clock } from "@/lib/clock";

// Ends a window now (work finished early) or cancels one not yet begun.
export async function endMaintenance(staff: TStaffRef, windowId: string, meta?: TRequestMeta, now: Date = clock.now()) {
  assertStaff(staff, "ADMIN");
  const window = await db.maintenanceWindow.findUnique({ where: { id: windowId }, include: { notice: { select: { accountId: true } } } });
  if (!window) throw new AppError("NOT_FOUND", "notFound");
  if (window.endsAt <= now) throw new AppError("CONFLICT", "conflict");
  const endsAt = window.startsAt > now ? window.startsAt : now;
  await db.maintenanceWindow.update({ where: { id: window.id }, data: { endsAt } });
  await writeAudit({
    accountId: window.notice?.accountId ?? null,
    actorId: staff.id,
    action: window.startsAt > now ? "maintenance.cancel" : "maintenance.end",
    objectType: "maintenance_window",
    objectId: window.id,
    meta,
  });
  return { windowId: window.id, endsAt };
}
