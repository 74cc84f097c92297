import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { formatMoney, type TLocale } from "@/lib/money";
import type { TMonthTotals } from "@/lib/server/finance/monthly-totals";
import { monthDate } from "../../dashboard/_components/labels";

// "ноябрь 2026 г." → "Ноябрь 2026 г." (CSS capitalize would also raise the "г.").
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export async function MonthlyTotalsTable({ months }: { months: TMonthTotals[] }) {
  const t = await getTranslations("finance.monthly");
  const locale = (await getLocale()) as TLocale;
  const format = await getFormatter();
  return (
    <Table>
      <thead>
        <tr>
          <Th>{t("month")}</Th>
          <Th className="text-right">{t("charges")}</Th>
          <Th className="text-right">{t("payments")}</Th>
          <Th className="text-right">{t("adjustments")}</Th>
          <Th className="text-right">{t("closing")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="monthly-rows">
        {months.map((m) => (
          <tr key={m.month} data-month={m.month}>
            <Td className="whitespace-nowrap">{upperFirst(format.dateTime(monthDate(m.month), { month: "long", year: "numeric" }))}</Td>
            <Td className="whitespace-nowrap text-right tabular-nums">{formatMoney(m.charges, locale)}</Td>
            <Td className="whitespace-nowrap text-right tabular-nums">{formatMoney(m.payments, locale)}</Td>
            <Td className="whitespace-nowrap text-right tabular-nums">{formatMoney(m.adjustments, locale)}</Td>
            <Td className="whitespace-nowrap text-right font-medium tabular-nums">{formatMoney(m.closingBalance, locale)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
