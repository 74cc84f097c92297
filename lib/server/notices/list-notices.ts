import "server-only";
import { db } from "@/lib/db";
import type { TCaller } from "@/lib/auth/cabinet";
import { assertCan } from "@/lib/auth/guards";
import type { TNoticeListParams } from "@/lib/schemas/notices";
import { visibleNoticesWhere } from "./notice-scope";

export const NOTICES_PAGE_SIZE = 20;

// The notices the caller's account sees, newest first, with this user's read mark, a page
// at a time; `unread` keeps only those this user has not read.
export async function listNotices(caller: TCaller, params: TNoticeListParams) {
  assertCan(caller, "notices.read");
  const where = {
    ...visibleNoticesWhere(caller.accountId),
    ...(params.unread ? { reads: { none: { userId: caller.userId } } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.notice.findMany({
      where,
      orderBy: [{ publishAt: "desc" }, { id: "desc" }],
      skip: (params.page - 1) * NOTICES_PAGE_SIZE,
      take: NOTICES_PAGE_SIZE,
      select: {
        id: true,
        audience: true,
        kind: true,
        severity: true,
        titleRu: true,
        titleKk: true,
        titleEn: true,
        bodyRu: true,
        bodyKk: true,
        bodyEn: true,
        publishAt: true,
        service: { select: { nameRu: true, nameKk: true, nameEn: true } },
        maintenance: { select: { startsAt: true, endsAt: true } },
        reads: { where: { userId: caller.userId }, select: { readAt: true } },
      },
    }),
    db.notice.count({ where }),
  ]);
  return {
    rows: rows.map(({ reads, ...notice }) => ({ ...notice, readAt: reads[0]?.readAt ?? null })),
    total,
    page: params.page,
    pageSize: NOTICES_PAGE_SIZE,
  };
}

export type TNoticeRow = Awaited<ReturnType<typeof listNotices>>["rows"][number];
