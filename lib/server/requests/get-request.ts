import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/guards";
import type { TCaller } from "@/lib/auth/cabinet";
import { requestDetailInclude } from "./request-selects";

// One request of the caller's account with its thread; null for any other id.
export async function getRequest(caller: TCaller, id: string) {
  assertCan(caller, "requests.manage");
  return db.supportRequest.findFirst({ where: { id, accountId: caller.accountId }, include: requestDetailInclude });
}
