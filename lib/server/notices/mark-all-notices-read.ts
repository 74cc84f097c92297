import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { TCaller } from "@/lib/auth/cabinet";
import { assertCan } from "@/lib/auth/guards";
import { visibleNoticesSql } from "./notice-scope";
import { clock } from "@/lib/clock";

// Marks every notice the caller's account sees as read for this user; returns how many.
// One INSERT … SELECT of the visible notices this user has not read: atomic without a
// transaction, and a second click (or a concurrent one) finds nothing left to insert.
export async function markAllNoticesRead(caller: TCaller): Promise<{ count: number }> {
  assertCan(caller, "notices.read");
  const count = await db.$executeRaw(Prisma.sql`
    INSERT INTO "NoticeRead" ("noticeId", "userId", "readAt")
    SELECT n."id", ${caller.userId}, ${clock.now()}
    FROM "Notice" n
    WHERE ${visibleNoticesSql(caller.accountId, caller.userId)}
      AND NOT EXISTS (SELECT 1 FROM "NoticeRead" r WHERE r."noticeId" = n."id" AND r."userId" = ${caller.userId})`);
  return { count };
}
