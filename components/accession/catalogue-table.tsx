import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { formatMoney, type TLocale } from "@/lib/money";
import { withVat } from "@/lib/accession/monthly-total";
import type { TCatalogue } from "@/lib/server/accession/list-catalogue";
import { localized } from "./localized";

// The public catalogue with monthly prices without and with VAT at today's rate.
export async function CatalogueTable({ catalogue, vatRateBp }: { catalogue: TCatalogue; vatRateBp: number }) {
  const t = await getTranslations("trial.catalogue");
  const tu = await getTranslations("accession.units");
  const locale = (await getLocale()) as TLocale;
  const money = (tiyn: number) => formatMoney(tiyn, locale);
  return (
    <div className="space-y-5" data-testid="trial-catalogue">
      <p className="text-sm text-slate-600">{t("vatNote", { rate: vatRateBp / 100 })}</p>
      {catalogue.map((service) => (
        <div key={service.id}>
          <h3 className="font-semibold text-slate-900">{localized(service, "name", locale)}</h3>
          <p className="text-sm text-slate-600">{localized(service, "description", locale)}</p>
          {!service.isSelfService && (
            <div className="mt-1">
              <Badge tone="warning">{t("reviewNeeded")}</Badge>
            </div>
          )}
          <Table className="mt-2">
            <thead>
              <tr>
                <Th>{t("tariff")}</Th>
                <Th>{t("unit")}</Th>
                <Th className="text-right">{t("priceNet")}</Th>
                <Th className="text-right">{t("priceGross")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {service.tariffs.map((tariff) => (
                <tr key={tariff.id}>
                  <Td>
                    {localized(tariff, "name", locale)}
                    {!tariff.allowsPostpaid && <span className="block text-xs text-slate-500">{t("prepaidOnly")}</span>}
                  </Td>
                  <Td>{tu(tariff.unit)}</Td>
                  <Td className="whitespace-nowrap text-right">{money(tariff.monthlyPrice)}</Td>
                  <Td className="whitespace-nowrap text-right font-medium">{money(withVat(tariff.monthlyPrice, vatRateBp))}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      ))}
    </div>
  );
}
