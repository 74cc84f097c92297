import { getLocale, getTranslations } from "next-intl/server";
import { numberFormat } from "@/lib/intl-cache";
import { Card, EmptyState } from "@/components/ui/card";
import { Table, Th } from "@/components/ui/table";
import { formatMoney, vatOf, type TLocale } from "@/lib/money";
import type { TSubscriptionRow } from "@/lib/server/services/list-subscriptions";
import { SubscriptionRow } from "./subscription-row";

// The account's subscriptions with the monthly total of the connected ones. `renderActions`
// lets a later screen put controls on each row without changing this table.
export async function SubscriptionsTable({
  rows,
  vatRateBp,
  renderActions,
}: {
  rows: TSubscriptionRow[];
  vatRateBp: number;
  renderActions?: (row: TSubscriptionRow) => React.ReactNode;
}) {
  const t = await getTranslations("services.subscriptions");
  const locale = (await getLocale()) as TLocale;
  if (rows.length === 0) return <EmptyState title={t("emptyTitle")} text={t("emptyText")} />;

  const total = rows.filter((r) => r.status === "ACTIVE").reduce((sum, r) => sum + r.monthlyCost, 0);
  const rate = numberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(vatRateBp / 10_000);
  return (
    <Card className="p-0 sm:p-0">
      <Table className="block md:table">
        <thead className="hidden md:table-header-group">
          <tr>
            <Th>{t("service")}</Th>
            <Th>{t("unit")}</Th>
            <Th className="text-right">{t("price")}</Th>
            <Th className="text-right">{t("quantity")}</Th>
            <Th className="text-right">{t("cost")}</Th>
            <Th>{t("status")}</Th>
            <Th>{t("dates")}</Th>
            {renderActions && <Th aria-hidden />}
          </tr>
        </thead>
        <tbody className="block divide-y divide-slate-100 md:table-row-group">
          {rows.map((row) => (
            <SubscriptionRow key={row.id} row={row} actions={renderActions ? renderActions(row) : undefined} />
          ))}
        </tbody>
      </Table>
      <div className="flex flex-col gap-1 border-t border-slate-200 px-4 py-3 text-sm sm:flex-row sm:items-baseline sm:justify-between sm:px-6">
        <span className="text-slate-600">{t("total")}</span>
        <span className="text-right">
          <span className="font-semibold tabular-nums" data-testid="subscriptions-total">
            {formatMoney(total, locale)}
          </span>{" "}
          <span className="text-slate-600">{t("withoutVat")}</span>
          <span className="block text-slate-600">{t("totalGross", { amount: formatMoney(total + vatOf(total, vatRateBp), locale), rate })}</span>
        </span>
      </div>
    </Card>
  );
}
