import type { Metadata } from "next";
import { dateFormat } from "@/lib/intl-cache";
import { usageNumber } from "@/components/statistics/usage-number";
import { getLocale, getTranslations } from "next-intl/server";
import { requireCaller } from "@/lib/auth/guards";
import { intlLocaleOf, type TLocale } from "@/lib/money";
import { parseUsageQuery, usageQueryToParams } from "@/lib/schemas/statistics";
import { getUsage } from "@/lib/server/statistics/get-usage";
import { Alert, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button-class";
import { makeBucketLabeler, WEEK_TOKEN, YEAR_TOKEN } from "@/components/statistics/bucket-label";
import { UsageChart } from "@/components/statistics/usage-chart";
import { UsageFilters } from "@/components/statistics/usage-filters";
import { UsageTable } from "@/components/statistics/usage-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("statistics"))("title") };
}

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Rendered on the server from the URL's period: one round trip, nothing to fetch later.
// The CSV link carries the same query and the account on screen.
export default async function StatisticsPage({ searchParams }: TProps) {
  const { caller } = await requireCaller("statistics.read");
  const t = await getTranslations("statistics");
  const locale = (await getLocale()) as TLocale;
  const numberLocale = intlLocaleOf(locale);
  const params = await searchParams;
  const parsed = parseUsageQuery(params);
  const { query } = parsed;
  const report = await getUsage(caller, query, locale);

  const raw = (key: string) => {
    const value = params[key];
    return (Array.isArray(value) ? value[0] : value) ?? "";
  };
  const formValues = parsed.ok
    ? { from: query.from, to: query.to, granularity: query.granularity, service: query.service ?? "" }
    : { from: raw("from") || query.from, to: raw("to") || query.to, granularity: raw("granularity") || query.granularity, service: raw("service") };
  // One translator call per unit, not one per place it is shown.
  const unitLabels = new Map(report.shown.map((s) => [s.unit, t(`units.${s.unit}` as never)]));
  const unit = (u: string) => unitLabels.get(u) ?? u;
  const labelOf = makeBucketLabeler(query.granularity, locale, {
    long: t("week", { week: WEEK_TOKEN, year: YEAR_TOKEN }),
    short: t("weekShort", { week: WEEK_TOKEN }),
  });
  const labelled = report.rows.map((row) => ({ ...row, labels: labelOf(row) }));
  const day = dateFormat(locale, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
  const exportHref = `/api/statistics/export?${new URLSearchParams({ ...usageQueryToParams(query), accountId: caller.accountId })}`;
  // One rounding for the summary, the table and the charts (the chart formats its own).
  const number = usageNumber(locale);

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          report.services.length > 0 ? (
            <a href={exportHref} download className={buttonClass("secondary")} data-testid="usage-export">
              {t("export")}
            </a>
          ) : undefined
        }
      />
      {report.services.length === 0 ? (
        <EmptyState title={t("empty.noServicesTitle")} text={t("empty.noServicesText")} />
      ) : (
        <>
          {!parsed.ok && (
            <div className="mb-4">
              <Alert tone="warning">{t("validation.invalid")}</Alert>
            </div>
          )}
          <UsageFilters values={formValues} errors={parsed.ok ? {} : parsed.fieldErrors} services={report.services} />
          {!report.hasData ? (
            <EmptyState title={t("empty.noDataTitle")} text={t("empty.noDataText")} />
          ) : (
            <div className="space-y-6">
              <Card>
                <h2 className="mb-3 text-sm font-medium text-slate-600">{t("summary")}</h2>
                <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
                  {report.shown.map((s) => (
                    <div key={s.code} className="rounded-lg bg-slate-50 p-3" data-testid="usage-summary" data-service={s.code}>
                      <dt className="text-sm text-slate-600">{s.name}</dt>
                      <dd className="text-xl font-semibold tabular-nums text-slate-900">
                        {number.format(report.totals[s.code] ?? 0)} <span className="text-sm font-normal text-slate-600">{unit(s.unit)}</span>
                      </dd>
                    </div>
                  ))}
                </dl>
              </Card>
              <UsageChart
                numberLocale={numberLocale}
                labels={labelled.map((r) => r.labels.short)}
                tooltips={labelled.map((r) => r.labels.long)}
                series={report.shown.map((s) => ({
                  code: s.code,
                  title: t("chart", { service: s.name, unit: unit(s.unit) }),
                  unit: unit(s.unit),
                  values: labelled.map((r) => r.values[s.code] ?? 0),
                }))}
              />
              <UsageTable
                caption={t("table.caption", { from: day.format(new Date(`${query.from}T00:00:00Z`)), to: day.format(new Date(`${query.to}T00:00:00Z`)) })}
                periodHeading={t("table.period")}
                totalLabel={t("table.total")}
                columns={report.shown.map((s) => ({ code: s.code, heading: `${s.name}, ${unit(s.unit)}` }))}
                rows={labelled.map((r) => ({ key: r.key, label: r.labels.row, cells: report.shown.map((s) => number.format(r.values[s.code] ?? 0)) }))}
                totals={report.shown.map((s) => number.format(report.totals[s.code] ?? 0))}
              />
            </div>
          )}
        </>
      )}
    </>
  );
}
