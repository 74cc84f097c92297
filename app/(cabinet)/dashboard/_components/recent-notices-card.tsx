import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import type { TNoticeDigestItem } from "@/lib/server/notices/get-notice-digest";
import { localized, SEVERITY_TONE } from "./labels";

export async function RecentNoticesCard({ unread, latest }: { unread: number; latest: TNoticeDigestItem[] }) {
  const t = await getTranslations("dashboard.notices");
  const tn = await getTranslations("notices");
  const locale = await getLocale();
  const format = await getFormatter();
  return (
    <Card data-testid="dashboard-notices">
      <div className="mb-3 flex items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">
          {t("title")} <span className="text-sm font-normal text-slate-500">· {t("unread", { count: unread })}</span>
        </h2>
        <Link href="/notices" className="text-sm font-medium text-brand-700 hover:underline">
          {t("all")}
        </Link>
      </div>
      {latest.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ul className="divide-y divide-slate-100">
          {latest.map((n) => (
            <li key={n.id} className="flex items-start gap-3 py-2">
              <span
                aria-hidden
                className={`mt-1.5 size-2 shrink-0 rounded-full ${n.isRead ? "bg-transparent" : "bg-brand-600"}`}
              />
              <div className="min-w-0 flex-1">
                <p className={n.isRead ? "text-slate-700" : "font-semibold text-slate-900"}>
                  {localized(n.title, locale)}
                  {!n.isRead && <span className="sr-only"> ({tn("unreadMark")})</span>}
                </p>
                <p className="mt-0.5 flex flex-wrap items-center gap-2 text-xs text-slate-500">
                  <Badge tone={SEVERITY_TONE[n.severity] ?? "info"}>{tn(`severity.${n.severity}` as never)}</Badge>
                  <time dateTime={n.publishAt.toISOString()}>{format.dateTime(n.publishAt, { dateStyle: "medium" })}</time>
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
