import "server-only";
import { cache } from "react";
import { Prisma } from "@/generated/prisma/client";
import { readRaw } from "@/lib/db";
import type { TCaller } from "@/lib/auth/cabinet";
import { assertCan } from "@/lib/auth/guards";
import { visibleNoticesSql } from "./notice-scope";

export type TNoticeDigestItem = {
  id: string;
  kind: string;
  severity: string;
  title: { ru: string; kk: string; en: string };
  publishAt: Date;
  isRead: boolean;
};

type TRaw = {
  id: string;
  kind: string;
  severity: string;
  titleRu: string;
  titleKk: string;
  titleEn: string;
  publishAt: Date | string;
  isRead: number | bigint | boolean;
  unread: number | bigint;
};

export const DIGEST_SIZE = 5;

// The unread count for the shell's badge and the newest notices for the dashboard, in ONE
// statement: the count is a window over every visible notice, evaluated before the LIMIT.
// Cached per request, so the shell and the dashboard share it. The visibility rule is the
// notice-scope.ts's.
export const getNoticeDigest = cache(async (caller: TCaller): Promise<{ unread: number; latest: TNoticeDigestItem[] }> => {
  assertCan(caller, "notices.read");
  const rows = await readRaw<TRaw[]>(Prisma.sql`
    SELECT n."id", n."kind", n."severity", n."titleRu", n."titleKk", n."titleEn", n."publishAt",
           CASE WHEN r."noticeId" IS NULL THEN 0 ELSE 1 END AS "isRead",
           SUM(CASE WHEN r."noticeId" IS NULL THEN 1 ELSE 0 END) OVER () AS "unread"
    FROM "Notice" n
    LEFT JOIN "NoticeRead" r ON r."noticeId" = n."id" AND r."userId" = ${caller.userId}
    WHERE ${visibleNoticesSql(caller.accountId, caller.userId)}
    ORDER BY n."publishAt" DESC, n."id" DESC
    LIMIT ${DIGEST_SIZE}`);
  return {
    unread: rows.length ? Number(rows[0].unread) : 0,
    latest: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      severity: r.severity,
      title: { ru: r.titleRu, kk: r.titleKk, en: r.titleEn },
      publishAt: new Date(r.publishAt),
      isRead: Number(r.isRead) === 1,
    })),
  };
});
