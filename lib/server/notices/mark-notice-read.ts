import "server-only";
import { db } from "@/lib/db";
import type { TCaller } from "@/lib/auth/cabinet";
import { assertCan } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { visibleNoticesWhere } from "./notice-scope";

// Marks one notice read for this user (read state is per user, not per account). Only a
// notice the caller's account can see: any other id is answered as not found.
export async function markNoticeRead(caller: TCaller, noticeId: string): Promise<{ noticeId: string }> {
  assertCan(caller, "notices.read");
  const notice = await db.notice.findFirst({ where: { id: noticeId, ...visibleNoticesWhere(caller.accountId, caller.userId) }, select: { id: true } });
  if (!notice) throw new AppError("NOT_FOUND", "notFound");
  await db.noticeRead.upsert({
    where: { noticeId_userId: { noticeId, userId: caller.userId } },
    update: {},
    create: { noticeId, userId: caller.userId },
  });
  return { noticeId };
}
