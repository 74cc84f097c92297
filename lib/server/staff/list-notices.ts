import "server-only";
import { db } from "@/lib/db";
import { assertStaff, type TStaffRef } from "./assert-staff";

// The console's list: the latest notices with their audience, scheduled ones included.
// A person's own alerts (audience USER, lib/server/alerts) are not published notices.
export async function listNotices(staff: TStaffRef) {
  assertStaff(staff, "ADMIN");
  return db.notice.findMany({
    where: { audience: { not: "USER" } },
    orderBy: { publishAt: "desc" },
    take: 40,
    include: { account: { select: { number: true } }, service: { select: { nameRu: true, nameKk: true, nameEn: true } }, _count: { select: { reads: true } } },
  });
}
