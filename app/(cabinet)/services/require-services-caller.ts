import "server-only";
import { forbidden } from "next/navigation";
import { requireCaller } from "@/lib/auth/guards";
import { recordDenied } from "@/lib/server/audit/record-denied";
import { canReadServices } from "@/lib/server/services/assert-can-read-services";

// The services screen opens with services.read or services.manage: a member who may
// change services must see them. requireCaller takes one grant, so this checks either.
export async function requireServicesCaller() {
  const { cabinet, caller } = await requireCaller();
  if (!canReadServices(caller)) {
    await recordDenied(caller, "page:services.read");
    forbidden();
  }
  return { cabinet, caller };
}
