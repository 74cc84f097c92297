import "server-only";
import { db } from "@/lib/db";
import type { TCaller } from "@/lib/auth/cabinet";
import { assertCan } from "@/lib/auth/guards";
import { visibleNoticesWhere } from "./notice-scope";

// Marks every notice the caller's account sees as read for this user; returns how many.
export async function markAllNoticesRead(caller: TCaller): Promise<{ count: number }> {
  assertCan(caller, "notices.read");
  return db.$transaction(async (tx) => {
    const unread = await tx.notice.findMany({
      where: { ...visibleNoticesWhere(caller.accountId), reads: { none: { userId: caller.userId } } },
      select: { id: true },
    });
    if (unread.length) {
      await tx.noticeRead.createMany({ data: unread.map((n) => ({ noticeId: n.id, userId: caller.userId })) });
    }
    return { count: unread.length };
  });
}
