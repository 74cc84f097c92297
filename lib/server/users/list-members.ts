import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/guards";
import type { TCaller } from "@/lib/auth/cabinet";
import { MEMBER_USER_FIELDS, toMemberRow, type TMemberRow } from "./to-member-row";

// The cabinet's users: the owner first, then by when they were added.
export async function listMembers(caller: TCaller): Promise<TMemberRow[]> {
  assertCan(caller, "users.manage");
  const rows = await db.membership.findMany({
    where: { accountId: caller.accountId },
    orderBy: [{ createdAt: "asc" }],
    include: { user: { select: MEMBER_USER_FIELDS } },
  });
  return rows.map(toMemberRow).sort((a, b) => (a.role === b.role ? 0 : a.role === "OWNER" ? -1 : 1));
}
