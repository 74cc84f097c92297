import "server-only";
import { db } from "@/lib/db";
import { assertStaff, type TStaffViewer } from "./assert-staff";

// How many files wait for the scanner, for the staff console's rescan button.
export async function countPendingScans(staff: TStaffViewer): Promise<number> {
  assertStaff(staff);
  return db.attachment.count({ where: { scanStatus: "PENDING" } });
}
