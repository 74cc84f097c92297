import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatAlmatyDateTime } from "@/lib/intl-cache";
import { requireCaller } from "@/lib/auth/guards";
import { listRequests } from "@/lib/server/requests/list-requests";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { buttonClass } from "@/components/ui/button-class";
import { RequestStatusBadge } from "@/components/requests/status-badge";
import { DueDate } from "@/components/requests/due-date";

export async function generateMetadata() {
  const t = await getTranslations("requests");
  return { title: t("title") };
}

export default async function RequestsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const { caller } = await requireCaller("requests.manage");
  const t = await getTranslations("requests");
  // Day first in every language (next-intl's English short date reads month first).
  const locale = await getLocale();
  const page = Math.max(1, Math.min(10_000, Number((await searchParams).page) || 1));
  const { rows, pages } = await listRequests(caller, page);
  const newLink = (
    <Link href="/requests/new" className={buttonClass("primary")}>
      {t("new")}
    </Link>
  );
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={newLink} />
      {rows.length === 0 ? (
        <EmptyState title={t("empty.title")} text={t("empty.text")} />
      ) : (
        <Card>
          <Table>
            <thead>
              <tr>
                <Th>{t("columns.number")}</Th>
                <Th>{t("columns.subject")}</Th>
                <Th>{t("columns.topic")}</Th>
                <Th>{t("columns.status")}</Th>
                <Th>{t("columns.due")}</Th>
                <Th>{t("columns.updated")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="requests-table">
              {rows.map((r) => (
                <tr key={r.id} data-testid="request-row">
                  <Td className="whitespace-nowrap font-mono text-xs">
                    <Link href={`/requests/${r.id}`} className="text-brand-700 underline">
                      {r.number}
                    </Link>
                  </Td>
                  <Td className="min-w-48">
                    <Link href={`/requests/${r.id}`} className="hover:underline">
                      {r.subject}
                    </Link>
                  </Td>
                  <Td className="whitespace-nowrap">{t(`topic.${r.topic}` as never)}</Td>
                  <Td>
                    <RequestStatusBadge status={r.status} />
                  </Td>
                  <Td className="min-w-40">
                    <DueDate dueAt={r.dueAt} status={r.status} />
                  </Td>
                  <Td className="whitespace-nowrap">{formatAlmatyDateTime(r.updatedAt, locale)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          {pages > 1 && (
            <nav className="mt-4 flex gap-2 text-sm" aria-label={t("pagination")}>
              {page > 1 && (
                <Link href={`/requests?page=${page - 1}`} className={buttonClass("secondary")}>
                  ←
                </Link>
              )}
              <span className="self-center text-slate-600">
                {page} / {pages}
              </span>
              {page < pages && (
                <Link href={`/requests?page=${page + 1}`} className={buttonClass("secondary")}>
                  →
                </Link>
              )}
            </nav>
          )}
        </Card>
      )}
    </>
  );
}
