import "server-only";
import { AppError } from "@/lib/errors";

export type TStaffViewer = { actorId: string; staffRole: string | null };

// The first line of every staff data function: support or admin, nobody else.
export function assertStaff(staff: TStaffViewer): void {
  if (staff.staffRole !== "SUPPORT" && staff.staffRole !== "ADMIN") throw new AppError("FORBIDDEN", "forbidden");
}
