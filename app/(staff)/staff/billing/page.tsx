import { getLocale, getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/guards";
import { listBillingRuns } from "@/lib/server/billing/list-billing-runs";
import type { TBillingRunStatus } from "@/lib/server/billing/billing-job";
import { previousPeriodKey } from "@/lib/server/billing/period";
import { formatMoney, type TLocale } from "@/lib/money";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { BillingForm } from "@/components/staff/billing-form";
import { BillingRunsRefresh } from "@/components/staff/billing-runs-refresh";
import { formatAlmatyDateTime } from "@/lib/intl-cache";
import { clock } from "@/lib/clock";

const TONE: Record<TBillingRunStatus, "neutral" | "info" | "success" | "danger"> = { QUEUED: "neutral", RUNNING: "info", DONE: "success", FAILED: "danger" };

export default async function StaffBillingPage() {
  const auth = await requireStaff("ADMIN");
  const t = await getTranslations("staff.billing");
  const locale = (await getLocale()) as TLocale;
  const runs = await listBillingRuns(auth.actor);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <BillingRunsRefresh isActive={runs.some((r) => r.isActive)} />
      <div className="space-y-6">
        <Card>
          <BillingForm defaultPeriod={previousPeriodKey(clock.now())} />
          <p className="mt-3 text-sm text-slate-600">{t("rules")}</p>
        </Card>
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("list")}</h2>
          <Table>
            <thead>
              <tr>
                <Th>{t("columns.period")}</Th>
                <Th>{t("columns.status")}</Th>
                <Th>{t("columns.progress")}</Th>
                <Th>{t("columns.invoices")}</Th>
                <Th className="text-right">{t("columns.total")}</Th>
                <Th>{t("columns.started")}</Th>
                <Th>{t("columns.finished")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="billing-runs">
              {runs.map((r) => {
                const percent = r.total > 0 ? Math.min(100, Math.round((r.processed / r.total) * 100)) : r.status === "DONE" ? 100 : 0;
                return (
                  <tr key={r.id} data-testid="billing-run" data-period={r.period} data-status={r.status}>
                    <Td className="font-mono">{r.period}</Td>
                    <Td className="min-w-40">
                      <Badge tone={TONE[r.status] ?? "neutral"}>{t(`status.${r.status}`)}</Badge>
                      {r.isActive && r.attempts > 1 && <span className="ml-2 text-xs text-slate-600">{t("attempt", { attempt: r.attempts })}</span>}
                      {r.lastError && r.status !== "DONE" && <p className="mt-1 max-w-xs break-words text-xs text-red-700">{t("error", { error: r.lastError })}</p>}
                      {r.status === "FAILED" && <p className="mt-1 max-w-xs text-xs text-slate-600">{t("failedHint")}</p>}
                    </Td>
                    <Td className="min-w-32">
                      <span className="whitespace-nowrap text-sm" data-testid="billing-run-progress">
                        {t("progress", { processed: r.processed, total: r.total })}
                      </span>
                      <div
                        role="progressbar"
                        aria-label={t("columns.progress")}
                        aria-valuemin={0}
                        aria-valuemax={100}
                        aria-valuenow={percent}
                        className="mt-1 h-1.5 w-full overflow-hidden rounded-full bg-slate-100"
                      >
                        <div className={r.status === "FAILED" ? "h-full bg-red-500" : "h-full bg-emerald-500"} style={{ width: `${percent}%` }} />
                      </div>
                    </Td>
                    <Td>{r.billed}</Td>
                    <Td className="whitespace-nowrap text-right">{formatMoney(r.gross, locale)}</Td>
                    <Td className="whitespace-nowrap">{formatAlmatyDateTime(r.startedAt, locale)}</Td>
                    <Td className="whitespace-nowrap">{r.finishedAt ? formatAlmatyDateTime(r.finishedAt, locale) : "—"}</Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        </Card>
      </div>
    </>
  );
}
