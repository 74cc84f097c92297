import "server-only";
import type { TCaller } from "@/lib/auth/cabinet";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

// The services screen opens with either grant: a member who may change services must see
// what they would change.
export function canReadServices(caller: Pick<TCaller, "role" | "permissions">): boolean {
  return can(caller, "services.read") || can(caller, "services.manage");
}

export function assertCanReadServices(caller: TCaller): void {
  if (!canReadServices(caller)) throw new AppError("FORBIDDEN", "forbidden");
}
