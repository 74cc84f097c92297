import "server-only";
import { db } from "@/lib/db";
import type { TCaller } from "@/lib/auth/cabinet";
import { can } from "@/lib/auth/permissions";
import { visibleNoticesWhere } from "./notice-scope";

// The unread count in the shell; a member without the notices grant has none to read.
export async function countUnreadNotices(caller: TCaller): Promise<number> {
  if (!can(caller, "notices.read")) return 0;
  return db.notice.count({
    where: { ...visibleNoticesWhere(caller.accountId), reads: { none: { userId: caller.userId } } },
  });
}
