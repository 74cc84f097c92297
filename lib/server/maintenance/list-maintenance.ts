import "server-only";
import { db } from "@/lib/db";
import { assertStaff, type TStaffRef } from "@/lib/server/staff/assert-staff";

export async function listMaintenance(staff: TStaffRef) {
  assertStaff(staff, "ADMIN");
  return db.maintenanceWindow.findMany({
    orderBy: { startsAt: "desc" },
    take: 30,
    include: { notice: { select: { titleRu: true, titleKk: true, titleEn: true, audience: true, account: { select: { number: true } } } } },
  });
}
