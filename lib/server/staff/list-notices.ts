import "server-only";
import { db } from "@/lib/db";
import { assertStaff, type TStaffRef } from "./assert-staff";

// The console's list: the latest notices with their audience, scheduled ones included.
export async function listNotices(staff: TStaffRef) {
  assertStaff(staff, "ADMIN");
  return db.notice.findMany({
    orderBy: { publishAt: "desc" },
    take: 40,
    include: { account: { select: { number: true } }, service: { select: { nameRu: true, nameKk: true, nameEn: true } }, _count: { select: { reads: true } } },
  });
}
