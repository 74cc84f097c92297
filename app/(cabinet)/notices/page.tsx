import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireCaller } from "@/lib/auth/guards";
import { ZNoticeListParams } from "@/lib/schemas/notices";
import { listNotices } from "@/lib/server/notices/list-notices";
import { countUnreadNotices } from "@/lib/server/notices/count-unread-notices";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { cn } from "@/components/ui/cn";
import { localized, SEVERITY_TONE } from "../dashboard/_components/labels";
import { MarkReadButton } from "./_components/mark-read-button";
import { MarkAllReadButton } from "./_components/mark-all-read-button";

export async function generateMetadata() {
  return { title: (await getTranslations("notices"))("title") };
}

export default async function NoticesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { caller } = await requireCaller("notices.read");
  const t = await getTranslations("notices");
  const locale = await getLocale();
  const format = await getFormatter();
  const params = ZNoticeListParams.parse(await searchParams);
  // The unread count is the shell's (one cached statement per request), not another query.
  const [list, unread] = await Promise.all([listNotices(caller, params), countUnreadNotices(caller)]);
  const text = (n: (typeof list.rows)[number], field: "title" | "body") =>
    localized({ ru: n[`${field}Ru`], kk: n[`${field}Kk`], en: n[`${field}En`] }, locale);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={unread > 0 ? <MarkAllReadButton accountId={caller.accountId} /> : undefined} />
      <nav aria-label={t("title")} className="mb-4 flex gap-2">
        {(["all", "unread"] as const).map((tab) => {
          const isActive = (tab === "unread") === !!params.unread;
          return (
            <Link
              key={tab}
              href={tab === "unread" ? "/notices?unread=1" : "/notices"}
              aria-current={isActive ? "page" : undefined}
              className={cn("rounded-full px-3 py-1.5 text-sm font-medium", isActive ? "bg-brand-600 text-white" : "bg-white text-slate-700 ring-1 ring-slate-300")}
            >
              {t(`filter.${tab}`)}
              {tab === "unread" && <span className="ml-1" data-testid="notices-unread-count">({unread})</span>}
            </Link>
          );
        })}
      </nav>

      {list.rows.length === 0 ? (
        <EmptyState title={params.unread ? t("emptyUnread") : t("empty")} />
      ) : (
        <ul className="space-y-3" data-testid="notice-list">
          {list.rows.map((n) => (
            <li key={n.id} data-testid="notice" data-read={n.readAt ? "true" : "false"}>
              <Card className={cn("sm:p-5", !n.readAt && "ring-2 ring-brand-200")}>
                <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
                  <div className="min-w-0">
                    <div className="mb-1 flex flex-wrap items-center gap-2 text-xs text-slate-500">
                      <Badge tone={SEVERITY_TONE[n.severity] ?? "info"}>{t(`severity.${n.severity}` as never)}</Badge>
                      {n.kind !== "GENERAL" && <Badge>{t(`kind.${n.kind}` as never)}</Badge>}
                      {!n.readAt && (
                        <span className="inline-flex items-center gap-1 font-semibold text-brand-700" data-testid="unread-mark">
                          <span aria-hidden className="size-2 rounded-full bg-brand-600" />
                          {t("unreadMark")}
                        </span>
                      )}
                      <time dateTime={n.publishAt.toISOString()}>{when(n.publishAt)}</time>
                    </div>
                    <h2 className={cn("text-base", n.readAt ? "font-medium" : "font-semibold")}>{text(n, "title")}</h2>
                    <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{text(n, "body")}</p>
                    {n.maintenance && (
                      <p className="mt-2 text-sm font-medium text-amber-800">
                        {t("maintenanceWindow", { from: when(n.maintenance.startsAt), to: when(n.maintenance.endsAt) })}
                      </p>
                    )}
                    <p className="mt-2 text-xs text-slate-500">
                      {n.audience === "SERVICE" && n.service
                        ? t("audience.SERVICE", { service: localized({ ru: n.service.nameRu, kk: n.service.nameKk, en: n.service.nameEn }, locale) })
                        : t(`audience.${n.audience === "ACCOUNT" || n.audience === "USER" ? n.audience : "ALL"}`)}
                      {n.readAt && <> · {t("readAt", { date: when(n.readAt) })}</>}
                    </p>
                  </div>
                  {!n.readAt && (
                    <div className="shrink-0">
                      <MarkReadButton accountId={caller.accountId} noticeId={n.id} />
                    </div>
                  )}
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={params.page} total={list.total} pageSize={list.pageSize} basePath="/notices" query={{ unread: params.unread }} />
    </>
  );
}
