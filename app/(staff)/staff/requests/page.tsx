import { Link } from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/guards";
import { REQUEST_STATUSES, REQUEST_TOPICS } from "@/lib/domain";
import { ZStaffRequestFilters } from "@/lib/schemas/requests";
import { listStaffRequests } from "@/lib/server/requests/list-staff-requests";
import { countPendingScans } from "@/lib/server/requests/count-pending-scans";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { Button } from "@/components/ui/button";
import { buttonClass } from "@/components/ui/button-class";
import { RequestStatusBadge } from "@/components/requests/status-badge";
import { DueDate } from "@/components/requests/due-date";
import { RescanButton } from "@/components/requests/rescan-button";

const selectClass = "block w-full min-h-10 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm";

export default async function StaffRequestsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const auth = await requireStaff("SUPPORT");
  const staff = { actorId: auth.actor.id, staffRole: auth.actor.staffRole };
  const filters = ZStaffRequestFilters.parse(await searchParams);
  const t = await getTranslations("requests");
  const format = await getFormatter();
  const [{ rows, page, pages, total }, pendingScans] = await Promise.all([listStaffRequests(staff, filters), countPendingScans(staff)]);
  const kept = Object.entries(filters).filter(([key, value]) => key !== "page" && value !== undefined && value !== "");
  const pageLink = (n: number) => `/staff/requests?${new URLSearchParams([...kept.map(([k, v]) => [k, String(v)]), ["page", String(n)]])}`;
  return (
    <>
      <PageHeader title={t("staff.title")} description={t("staff.total", { count: total })} />
      <div className="space-y-4">
        <Card>
          <RescanButton pending={pendingScans} />
        </Card>
        <Card>
          <form method="get" className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-6 lg:items-end" aria-label={t("staff.filters")}>
            <label className="space-y-1 text-sm lg:col-span-2">
              <span className="font-medium text-slate-700">{t("staff.search")}</span>
              <input name="q" defaultValue={filters.q ?? ""} className={selectClass} placeholder={t("staff.searchHint")} />
            </label>
            <label className="space-y-1 text-sm">
              <span className="font-medium text-slate-700">{t("columns.status")}</span>
              <select name="status" defaultValue={filters.status ?? ""} className={selectClass}>
                <option value="">{t("staff.any")}</option>
                {REQUEST_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`staff.status.${s}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="space-y-1 text-sm">
              <span className="font-medium text-slate-700">{t("columns.topic")}</span>
              <select name="topic" defaultValue={filters.topic ?? ""} className={selectClass}>
                <option value="">{t("staff.any")}</option>
                {REQUEST_TOPICS.map((s) => (
                  <option key={s} value={s}>
                    {t(`topic.${s}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="space-y-1 text-sm">
              <span className="font-medium text-slate-700">{t("columns.assignee")}</span>
              <select name="assignee" defaultValue={filters.assignee ?? ""} className={selectClass}>
                <option value="">{t("staff.any")}</option>
                <option value="me">{t("staff.mine")}</option>
                <option value="none">{t("staff.unassigned")}</option>
              </select>
            </label>
            <div className="flex flex-wrap items-center gap-3">
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="overdue" value="1" defaultChecked={!!filters.overdue} className="size-4" />
                {t("staff.overdue")}
              </label>
              <Button type="submit" variant="secondary">
                {t("staff.apply")}
              </Button>
            </div>
          </form>
        </Card>
        {rows.length === 0 ? (
          <EmptyState title={t("staff.empty")} />
        ) : (
          <Card>
            <Table>
              <thead>
                <tr>
                  <Th>{t("columns.number")}</Th>
                  <Th>{t("columns.account")}</Th>
                  <Th>{t("columns.subject")}</Th>
                  <Th>{t("columns.topic")}</Th>
                  <Th>{t("columns.status")}</Th>
                  <Th>{t("columns.due")}</Th>
                  <Th>{t("columns.assignee")}</Th>
                  <Th>{t("columns.updated")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100" data-testid="staff-requests-table">
                {rows.map((r) => (
                  <tr key={r.id} data-testid="staff-request-row">
                    <Td className="whitespace-nowrap font-mono text-xs">
                      <Link href={`/staff/requests/${r.id}`} className="text-brand-700 underline">
                        {r.number}
                      </Link>
                    </Td>
                    <Td className="whitespace-nowrap">
                      {r.account.number}
                      <span className="block text-xs text-slate-500">{r.account.subscriber.shortName}</span>
                    </Td>
                    <Td className="min-w-48">{r.subject}</Td>
                    <Td className="whitespace-nowrap">{t(`topic.${r.topic}` as never)}</Td>
                    <Td>
                      <RequestStatusBadge status={r.status} viewer="staff" />
                    </Td>
                    <Td className="min-w-40">
                      <DueDate dueAt={r.dueAt} status={r.status} />
                    </Td>
                    <Td className="whitespace-nowrap">{r.assignee?.name ?? "—"}</Td>
                    <Td className="whitespace-nowrap">{format.dateTime(r.updatedAt, { dateStyle: "short", timeStyle: "short" })}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
            {pages > 1 && (
              <nav className="mt-4 flex gap-2 text-sm" aria-label={t("pagination")}>
                {page > 1 && <Link href={pageLink(page - 1)} className={buttonClass("secondary")}>←</Link>}
                <span className="self-center text-slate-600">
                  {page} / {pages}
                </span>
                {page < pages && <Link href={pageLink(page + 1)} className={buttonClass("secondary")}>→</Link>}
              </nav>
            )}
          </Card>
        )}
      </div>
    </>
  );
}
