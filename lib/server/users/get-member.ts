import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/guards";
import type { TCaller } from "@/lib/auth/cabinet";
import { MEMBER_USER_FIELDS, toMemberRow, type TMemberRow } from "./to-member-row";

// One user of the caller's account; null for anybody else (the page answers 404).
export async function getMember(caller: TCaller, userId: string): Promise<TMemberRow | null> {
  assertCan(caller, "users.manage");
  const row = await db.membership.findUnique({
    where: { userId_accountId: { userId, accountId: caller.accountId } },
    include: { user: { select: MEMBER_USER_FIELDS } },
  });
  return row ? toMemberRow(row) : null;
}
