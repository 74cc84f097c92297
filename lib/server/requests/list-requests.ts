import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/guards";
import type { TCaller } from "@/lib/auth/cabinet";
import { PAGE_SIZE, requestRowSelect } from "./request-selects";

// The account's requests, newest first.
export async function listRequests(caller: TCaller, page = 1) {
  assertCan(caller, "requests.manage");
  const where = { accountId: caller.accountId };
  const [rows, total] = await Promise.all([
    db.supportRequest.findMany({
      where,
      orderBy: { createdAt: "desc" },
      select: requestRowSelect,
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
    db.supportRequest.count({ where }),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}
