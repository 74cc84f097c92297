import "server-only";
import { db } from "@/lib/db";
import type { TCaller } from "@/lib/auth/cabinet";
import { assertCan } from "@/lib/auth/guards";
import { clock } from "@/lib/clock";
import { NUMBERED_KINDS } from "@/lib/server/documents/numbering";
import { almatyMonth, almatyMonthRange, shiftMonth } from "./almaty-time";
import { isClosedMonth, packMonthOf } from "./pack-month";

const LOOK_BACK_MONTHS = 36;

// The closed months (newest first, at most `limit`) for which the caller's account has
// documents: what the finance screen offers as monthly accounting packs. One statement over
// the (accountId, issuedAt) index; a document's month is its period's (packMonthOf).
export async function listPackMonths(caller: TCaller, limit = 12, now: Date = clock.now()): Promise<string[]> {
  assertCan(caller, "documents.read");
  // A period starts before its documents are issued, so a year more of issue dates than of
  // periods is read; months older than the window are not offered.
  const since = almatyMonthRange(shiftMonth(almatyMonth(now), -LOOK_BACK_MONTHS)).start;
  const documents = await db.document.findMany({
    where: { accountId: caller.accountId, kind: { in: [...NUMBERED_KINDS] }, status: { not: "CANCELLED" }, issuedAt: { gte: since } },
    select: { periodStart: true, issuedAt: true },
  });
  const months = new Set(documents.map(packMonthOf).filter((month) => isClosedMonth(month, now)));
  return [...months].sort().reverse().slice(0, limit);
}
