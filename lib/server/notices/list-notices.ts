import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { readRaw } from "@/lib/db";
import type { TCaller } from "@/lib/auth/cabinet";
import { assertCan } from "@/lib/auth/guards";
import type { TNoticeListParams } from "@/lib/schemas/notices";
import { visibleNoticesSql } from "./notice-scope";

export const NOTICES_PAGE_SIZE = 20;

export type TNoticeRow = {
  id: string;
  audience: string;
  kind: string;
  severity: string;
  titleRu: string;
  titleKk: string;
  titleEn: string;
  bodyRu: string;
  bodyKk: string;
  bodyEn: string;
  publishAt: Date;
  service: { nameRu: string; nameKk: string; nameEn: string } | null;
  maintenance: { startsAt: Date; endsAt: Date } | null;
  readAt: Date | null;
};

type TRaw = Omit<TNoticeRow, "publishAt" | "service" | "maintenance" | "readAt"> & {
  publishAt: Date | string;
  serviceRu: string | null;
  serviceKk: string | null;
  serviceEn: string | null;
  startsAt: Date | string | null;
  endsAt: Date | string | null;
  readAt: Date | string | null;
  total: number | bigint;
};

// The notices the caller's account sees, newest first, with this user's read mark, the
// service a SERVICE notice is about and a maintenance notice's window, a page at a time;
// `unread` keeps only those this user has not read. One statement: the joins replace three
// follow-up queries and the total rides along as a window.
export async function listNotices(caller: TCaller, params: TNoticeListParams): Promise<{ rows: TNoticeRow[]; total: number; page: number; pageSize: number }> {
  assertCan(caller, "notices.read");
  const raw = await readRaw<TRaw[]>(Prisma.sql`
    SELECT n."id", n."audience", n."kind", n."severity", n."titleRu", n."titleKk", n."titleEn",
           n."bodyRu", n."bodyKk", n."bodyEn", n."publishAt",
           sv."nameRu" AS "serviceRu", sv."nameKk" AS "serviceKk", sv."nameEn" AS "serviceEn",
           m."startsAt", m."endsAt", r."readAt", COUNT(*) OVER () AS "total"
    FROM "Notice" n
    LEFT JOIN "NoticeRead" r ON r."noticeId" = n."id" AND r."userId" = ${caller.userId}
    LEFT JOIN "Service" sv ON sv."id" = n."serviceId"
    LEFT JOIN "MaintenanceWindow" m ON m."noticeId" = n."id"
    WHERE ${visibleNoticesSql(caller.accountId, caller.userId)} ${params.unread ? Prisma.sql`AND r."noticeId" IS NULL` : Prisma.empty}
    ORDER BY n."publishAt" DESC, n."id" DESC
    LIMIT ${NOTICES_PAGE_SIZE} OFFSET ${(params.page - 1) * NOTICES_PAGE_SIZE}`);
  return {
    rows: raw.map((r) => ({
      id: r.id,
      audience: r.audience,
      kind: r.kind,
      severity: r.severity,
      titleRu: r.titleRu,
      titleKk: r.titleKk,
      titleEn: r.titleEn,
      bodyRu: r.bodyRu,
      bodyKk: r.bodyKk,
      bodyEn: r.bodyEn,
      publishAt: new Date(r.publishAt),
      service: r.serviceRu !== null ? { nameRu: r.serviceRu, nameKk: r.serviceKk ?? r.serviceRu, nameEn: r.serviceEn ?? r.serviceRu } : null,
      maintenance: r.startsAt !== null && r.endsAt !== null ? { startsAt: new Date(r.startsAt), endsAt: new Date(r.endsAt) } : null,
      readAt: r.readAt !== null ? new Date(r.readAt) : null,
    })),
    total: raw.length ? Number(raw[0].total) : 0,
    page: params.page,
    pageSize: NOTICES_PAGE_SIZE,
  };
}
