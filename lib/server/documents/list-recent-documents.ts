import "server-only";
import { db } from "@/lib/db";
import type { TCaller } from "@/lib/auth/cabinet";
import { assertCan } from "@/lib/auth/guards";
import { NUMBERED_KINDS } from "./numbering";

// The newest few documents for the dashboard: one query, no count.
export async function listRecentDocuments(caller: TCaller, take = 5) {
  assertCan(caller, "documents.read");
  return db.document.findMany({
    where: { accountId: caller.accountId, kind: { in: [...NUMBERED_KINDS] } },
    select: { id: true, kind: true, number: true, issuedAt: true, amountGross: true, status: true },
    orderBy: [{ issuedAt: "desc" }, { number: "desc" }],
    take,
  });
}
