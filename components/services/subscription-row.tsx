import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import { Td } from "@/components/ui/table";
import { formatMoney, type TLocale } from "@/lib/money";
import type { TSubscriptionRow } from "@/lib/server/services/list-subscriptions";

const STATUS_TONE = { ACTIVE: "success", SUSPENDED: "warning", DISCONNECTED: "neutral" } as const;

// One subscription in the services table. `actions` is the slot for the connect / change /
// disconnect controls a later screen adds; the table shows its column only when given.
export async function SubscriptionRow({ row, actions }: { row: TSubscriptionRow; actions?: React.ReactNode }) {
  const t = await getTranslations("services");
  const locale = (await getLocale()) as TLocale;
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { day: "2-digit", month: "2-digit", year: "numeric" });
  const isOff = row.status === "DISCONNECTED";
  return (
    <tr data-testid="subscription-row" data-tariff={row.tariffCode} className={isOff ? "text-slate-500" : undefined}>
      <Td className="min-w-48">
        <p className="font-medium text-slate-900">{row.serviceName}</p>
        <p className="text-slate-600">{row.tariffName}</p>
      </Td>
      <Td className="whitespace-nowrap">{t(`units.${row.unit}` as never)}</Td>
      <Td className="whitespace-nowrap text-right tabular-nums">{formatMoney(row.monthlyPrice, locale)}</Td>
      <Td className="text-right tabular-nums" data-testid="subscription-quantity">
        {row.quantity}
      </Td>
      <Td className="whitespace-nowrap text-right font-medium tabular-nums" data-testid="subscription-cost">
        {formatMoney(row.monthlyCost, locale)}
      </Td>
      <Td>
        <Badge tone={STATUS_TONE[row.status] ?? "neutral"}>{t(`status.${row.status}` as never)}</Badge>
      </Td>
      <Td className="whitespace-nowrap text-slate-600">
        <span className="block">{t("subscriptions.since", { date: date(row.startedAt) })}</span>
        {row.endedAt && <span className="block">{t("subscriptions.until", { date: date(row.endedAt) })}</span>}
      </Td>
      {actions !== undefined && <Td className="whitespace-nowrap">{actions}</Td>}
    </tr>
  );
}
