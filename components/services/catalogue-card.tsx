import { getLocale, getTranslations } from "next-intl/server";
import { numberFormat } from "@/lib/intl-cache";
import { Badge, Card } from "@/components/ui/card";
import { formatMoney, type TLocale } from "@/lib/money";
import type { TCatalogueService, TCatalogueTariff } from "@/lib/server/services/list-catalogue";

// One service of the catalogue with its tariffs' prices without and with VAT. The
// `renderTariffAction` slot is where a later screen puts "connect" for each tariff.
export async function CatalogueCard({
  service,
  connectedTariffIds,
  isPostpaid,
  renderTariffAction,
}: {
  service: TCatalogueService;
  connectedTariffIds: ReadonlySet<string>;
  isPostpaid: boolean;
  renderTariffAction?: (tariff: TCatalogueTariff) => React.ReactNode;
}) {
  const t = await getTranslations("services");
  const locale = (await getLocale()) as TLocale;
  const number = numberFormat(locale, { maximumFractionDigits: 2 });
  return (
    <Card className="flex flex-col gap-3" data-testid="catalogue-card" data-service={service.code}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{t(`categories.${service.category}` as never)}</p>
          <h3 className="text-lg font-semibold text-slate-900">{service.name}</h3>
        </div>
        {service.isSelfService ? (
          <Badge tone="success">{t("catalogue.selfService")}</Badge>
        ) : (
          <Badge tone="warning">
            <span data-testid="needs-review">{t("catalogue.review")}</span>
          </Badge>
        )}
      </div>
      <p className="text-sm text-slate-600">{service.description}</p>
      <ul className="divide-y divide-slate-100 border-t border-slate-100">
        {service.tariffs.map((tariff) => {
          const usageUnit = service.usageUnit ? t(`usageUnits.${service.usageUnit}` as never) : "";
          return (
            <li key={tariff.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between" data-testid="catalogue-tariff" data-tariff={tariff.code}>
              <div className="min-w-0 space-y-1">
                <p className="font-medium text-slate-900">
                  {tariff.name}{" "}
                  {connectedTariffIds.has(tariff.id) && <Badge tone="info">{t("catalogue.connected")}</Badge>}{" "}
                  {isPostpaid && !tariff.allowsPostpaid && <Badge>{t("catalogue.prepaidOnly")}</Badge>}
                </p>
                {tariff.includedUsage > 0 && usageUnit && (
                  <p className="text-xs text-slate-600">{t("catalogue.included", { amount: number.format(tariff.includedUsage), unit: usageUnit })}</p>
                )}
                {tariff.usagePrice > 0 && usageUnit && (
                  <p className="text-xs text-slate-600">{t("catalogue.usagePrice", { price: formatMoney(tariff.usagePrice, locale), unit: usageUnit })}</p>
                )}
              </div>
              <div className="shrink-0 text-left sm:text-right">
                <p className="font-semibold tabular-nums" data-testid="tariff-price">
                  {formatMoney(tariff.monthlyPrice, locale)} <span className="text-xs font-normal text-slate-600">{t("catalogue.withoutVat")}</span>
                </p>
                <p className="text-sm tabular-nums text-slate-700" data-testid="tariff-price-gross">
                  {formatMoney(tariff.monthlyPriceGross, locale)} <span className="text-xs text-slate-600">{t("catalogue.withVat")}</span>
                </p>
                <p className="text-xs text-slate-500">{t(`catalogue.perUnit.${tariff.unit}` as never)}</p>
                {renderTariffAction && <div className="mt-2">{renderTariffAction(tariff)}</div>}
              </div>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
