import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { TCaller } from "@/lib/auth/cabinet";
import { formatMoney, type TLocale } from "@/lib/money";
import { getNextCharges } from "@/lib/server/service-changes/get-next-charges";
import { localName } from "@/lib/server/service-changes/describe-change";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";

// The next month's subscription fees for what is connected now, and this month's charges
// made by service changes. For a caller holding services.read. `isSuspended`: the account's
// services are suspended, so the month's fees are what it costs if they resume before it.
export async function NextChargesCard({ caller, isSuspended = false }: { caller: TCaller; isSuspended?: boolean }) {
  const t = await getTranslations("requests.changes.next");
  const format = await getFormatter();
  const locale = (await getLocale()) as TLocale;
  const { startsAt, vatRateBp, lines, totals, changeCharges } = await getNextCharges(caller);
  const money = (tiyn: number) => formatMoney(tiyn, locale);
  const description = (row: { descriptionRu: string; descriptionKk: string; descriptionEn: string }) =>
    locale === "kk" ? row.descriptionKk : locale === "en" ? row.descriptionEn : row.descriptionRu;
  return (
    <Card data-testid="next-charges">
      <h2 className="text-lg font-semibold">{t("title", { month: format.dateTime(startsAt, { month: "long", year: "numeric" }) })}</h2>
      {isSuspended && lines.length > 0 && (
        <p className="mt-2 text-sm text-amber-800" data-testid="next-charges-suspended">
          {t("suspended")}
        </p>
      )}
      {lines.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("none")}</p>
      ) : (
        <Table className="mt-3">
          <thead>
            <tr>
              <Th>{t("service")}</Th>
              <Th className="text-right">{t("quantity")}</Th>
              <Th className="text-right">{t("net")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {lines.map((line) => (
              <tr key={line.subscriptionId} data-testid="next-charge-line">
                <Td>
                  {localName(line.service, locale)} — {localName(line.tariff, locale)}
                </Td>
                <Td className="text-right">{line.quantity}</Td>
                <Td className="whitespace-nowrap text-right">{money(line.net)}</Td>
              </tr>
            ))}
          </tbody>
          <tfoot className="text-sm">
            <tr>
              <Td colSpan={2} className="text-right text-slate-600">
                {t("vat", { rate: vatRateBp / 100 })}
              </Td>
              <Td className="whitespace-nowrap text-right">{money(totals.vat)}</Td>
            </tr>
            <tr>
              <Td colSpan={2} className="text-right font-semibold">
                {t("total")}
              </Td>
              <Td className="whitespace-nowrap text-right font-semibold" data-testid="next-charges-total">
                {money(totals.gross)}
              </Td>
            </tr>
          </tfoot>
        </Table>
      )}
      {changeCharges.length > 0 && (
        <div className="mt-4">
          <h3 className="text-sm font-semibold text-slate-800">{t("thisMonth")}</h3>
          <ul className="mt-2 space-y-1 text-sm" data-testid="change-charges">
            {changeCharges.map((row) => (
              <li key={row.id} className="flex flex-wrap justify-between gap-2">
                <span>
                  {format.dateTime(row.occurredAt, { dateStyle: "short" })} · {description(row)}
                </span>
                <span className="whitespace-nowrap font-medium">{money(row.amount)}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
