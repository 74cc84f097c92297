import "server-only";
import { AppError } from "@/lib/errors";

export type TStaffRef = { id: string; staffRole: string | null };

// The first line of every staff data function: the action layer and the pages check the
// role already; this keeps a function from being reused somewhere that does not.
export function assertStaff(staff: TStaffRef, role: "SUPPORT" | "ADMIN"): void {
  if (!staff.staffRole || (role === "ADMIN" && staff.staffRole !== "ADMIN")) throw new AppError("FORBIDDEN", "forbidden");
}
