import { getLocale, getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/guards";
import { listBillingRuns } from "@/lib/server/billing/list-billing-runs";
import { previousPeriodKey } from "@/lib/server/billing/period";
import { formatMoney, type TLocale } from "@/lib/money";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { BillingForm } from "@/components/staff/billing-form";
import { formatDateTime } from "@/components/staff/format";
import { clock } from "@/lib/clock";

export default async function StaffBillingPage() {
  const auth = await requireStaff("ADMIN");
  const t = await getTranslations("staff.billing");
  const locale = (await getLocale()) as TLocale;
  const runs = await listBillingRuns(auth.actor);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
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
                <Th>{t("columns.started")}</Th>
                <Th>{t("columns.finished")}</Th>
                <Th>{t("columns.invoices")}</Th>
                <Th className="text-right">{t("columns.total")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="billing-runs">
              {runs.map((r) => (
                <tr key={r.id}>
                  <Td className="font-mono">{r.period}</Td>
                  <Td className="whitespace-nowrap">{formatDateTime(r.startedAt, locale)}</Td>
                  <Td className="whitespace-nowrap">{r.finishedAt ? formatDateTime(r.finishedAt, locale) : t("running")}</Td>
                  <Td>{r.invoices}</Td>
                  <Td className="whitespace-nowrap text-right">{formatMoney(r.gross, locale)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
      </div>
    </>
  );
}
