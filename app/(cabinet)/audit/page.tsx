import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireCaller } from "@/lib/auth/guards";
import { listAudit } from "@/lib/server/audit/list-audit";
import { listAuditFilters } from "@/lib/server/audit/list-audit-filters";
import { auditQueryString, parseAuditQuery } from "@/lib/server/audit/audit-query";
import { describeAction, describeObjectType, formatAuditTime } from "@/lib/server/audit/describe-audit";
import { displayIp } from "@/lib/display-ip";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button-class";
import { Table, Td, Th } from "@/components/ui/table";
import { AuditDetails } from "./_components/audit-details";
import { AuditFilters } from "./_components/audit-filters";

export async function generateMetadata() {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { caller } = await requireCaller("audit.read");
  const query = parseAuditQuery(await searchParams);
  const [t, tp, log, filters] = await Promise.all([
    getTranslations("audit"),
    getTranslations("common.pagination"),
    listAudit(caller, query),
    listAuditFilters(caller),
  ]);
  const actions = filters.actions.map((a) => ({ value: a, label: describeAction(t, a) }));

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card className="mb-4">
        <AuditFilters query={query} people={filters.people} actions={actions} exportHref={`/api/audit/export${auditQueryString(query, { page: undefined })}`} />
      </Card>
      <p className="mb-2 text-sm text-slate-600" data-testid="audit-total">
        {t("total", { count: log.total })}
      </p>
      {log.rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <Card className="p-0 sm:p-0">
          <Table>
            <thead className="bg-slate-50">
              <tr>
                <Th>{t("columns.time")}</Th>
                <Th>{t("columns.actor")}</Th>
                <Th>{t("columns.action")}</Th>
                <Th>{t("columns.object")}</Th>
                <Th>{t("columns.ip")}</Th>
                <Th>{t("columns.details")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {log.rows.map((r) => (
                <tr key={r.id} data-testid="audit-row" data-action={r.action}>
                  <Td className="whitespace-nowrap tabular-nums">{formatAuditTime(r.createdAt)}</Td>
                  <Td>
                    {r.isProviderAccess && (
                      <div className="mb-1">
                        <Badge tone="warning">{t("providerAccess")}</Badge>
                      </div>
                    )}
                    <div className="font-medium">{r.actor?.name ?? t("system")}</div>
                    {r.actor && <div className="break-all text-xs text-slate-500">{r.actor.email}</div>}
                    {r.subjectUser && <div className="text-xs text-slate-600">{t("onBehalfOf", { name: r.subjectUser.name })}</div>}
                  </Td>
                  <Td>
                    <div>{describeAction(t, r.action)}</div>
                    {r.outcome === "DENIED" && <Badge tone="danger">{t("outcome.DENIED")}</Badge>}
                  </Td>
                  <Td className="text-xs">
                    <div>{describeObjectType(t, r.objectType)}</div>
                    {r.objectLabel ? <div className="text-slate-600">{r.objectLabel}</div> : r.objectId && <div className="break-all text-slate-500">{r.objectId}</div>}
                  </Td>
                  <Td className="whitespace-nowrap text-xs tabular-nums">{displayIp(r.ip)}</Td>
                  <Td className="min-w-48">
                    <AuditDetails details={r.details} />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
      )}
      {log.pages > 1 && (
        <nav className="mt-4 flex items-center justify-between gap-2" aria-label={tp("page", { page: log.page, total: log.pages })}>
          {log.page > 1 ? (
            <Link className={buttonClass("secondary")} href={`/audit${auditQueryString(query, { page: log.page - 1 })}`} rel="prev">
              {tp("previous")}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-sm text-slate-600">{tp("page", { page: log.page, total: log.pages })}</span>
          {log.page < log.pages ? (
            <Link className={buttonClass("secondary")} href={`/audit${auditQueryString(query, { page: log.page + 1 })}`} rel="next">
              {tp("next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  );
}
