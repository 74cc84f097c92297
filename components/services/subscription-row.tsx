import { getLocale, getTranslations } from "next-intl/server";
import { dateFormat } from "@/lib/intl-cache";
import { Badge } from "@/components/ui/card";
import { Td } from "@/components/ui/table";
import { cn } from "@/components/ui/cn";
import { formatMoney, type TLocale } from "@/lib/money";
import type { TSubscriptionRow } from "@/lib/server/services/list-subscriptions";

const STATUS_TONE = { ACTIVE: "success", SUSPENDED: "warning", DISCONNECTED: "neutral" } as const;

// One subscription in the services table. `actions` is the slot for the connect / change /
// disconnect controls a later screen adds; the table shows its column only when given.
export async function SubscriptionRow({ row, actions }: { row: TSubscriptionRow; actions?: React.ReactNode }) {
  const t = await getTranslations("services");
  const locale = (await getLocale()) as TLocale;
  const dates = dateFormat(locale, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "Asia/Almaty" });
  const date = (d: Date) => dates.format(d);
  const isOff = row.status === "DISCONNECTED";
  const cell = "flex items-baseline justify-between gap-3 py-1 md:table-cell md:py-2";
  const label = (text: string) => <span className="text-xs text-slate-500 md:hidden">{text}</span>;
  // Below md the row is a card: each cell a "label: value" line, so a phone shows the cost
  // and status without scrolling sideways.
  return (
    <tr data-testid="subscription-row" data-tariff={row.tariffCode} className={cn("block px-4 py-3 md:table-row md:p-0", isOff && "text-slate-500")}>
      <Td className="block py-1 md:table-cell md:min-w-48 md:py-2">
        <p className="font-medium text-slate-900">{row.serviceName}</p>
        <p className="text-slate-600">{row.tariffName}</p>
      </Td>
      <Td className={cn(cell, "whitespace-nowrap")}>
        {label(t("subscriptions.unit"))}
        {t(`units.${row.unit}` as never)}
      </Td>
      <Td className={cn(cell, "whitespace-nowrap md:text-right tabular-nums")}>
        {label(t("subscriptions.price"))}
        {formatMoney(row.monthlyPrice, locale)}
      </Td>
      <Td className={cn(cell, "md:text-right tabular-nums")}>
        {label(t("subscriptions.quantity"))}
        <span data-testid="subscription-quantity">{row.quantity}</span>
      </Td>
      <Td className={cn(cell, "whitespace-nowrap font-medium md:text-right tabular-nums")}>
        {label(t("subscriptions.cost"))}
        <span data-testid="subscription-cost">{formatMoney(row.monthlyCost, locale)}</span>
      </Td>
      <Td className={cell}>
        {label(t("subscriptions.status"))}
        <Badge tone={STATUS_TONE[row.status] ?? "neutral"}>
          <span data-testid="subscription-status">{t(`status.${row.status}` as never)}</span>
        </Badge>
      </Td>
      <Td className={cn(cell, "whitespace-nowrap text-slate-600")}>
        {label(t("subscriptions.dates"))}
        <span className="text-right md:text-left">
          <span className="block">{t("subscriptions.since", { date: date(row.startedAt) })}</span>
          {row.endedAt && <span className="block">{t("subscriptions.until", { date: date(row.endedAt) })}</span>}
        </span>
      </Td>
      {actions !== undefined && <Td className={cn(cell, "whitespace-nowrap")}>{actions}</Td>}
    </tr>
  );
}
