import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { formatMoney, vatOf, type TLocale } from "@/lib/money";
import type { TConnectedService } from "@/lib/server/dashboard/list-connected-services";
import { localized } from "./labels";

export async function ServicesCard({ services, vatRateBp }: { services: TConnectedService[]; vatRateBp: number | null }) {
  const t = await getTranslations("dashboard");
  const locale = (await getLocale()) as TLocale;
  const format = await getFormatter();
  const quantity = (s: TConnectedService) =>
    t.has(`units.${s.unit}` as never) ? t(`units.${s.unit}` as never, { count: s.quantity } as never) : String(s.quantity);
  const total = services.filter((s) => s.status === "ACTIVE").reduce((sum, s) => sum + s.monthlyCost, 0);
  return (
    <Card data-testid="dashboard-services">
      <div className="mb-3 flex items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">{t("services.title")}</h2>
        <Link href="/services" className="text-sm font-medium text-brand-700 hover:underline">
          {t("services.all")}
        </Link>
      </div>
      {services.length === 0 ? (
        <EmptyState title={t("services.empty")} text={t("services.emptyText")} />
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>{t("services.service")}</Th>
              <Th className="text-right">{t("services.monthly")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {services.map((s) => (
              <tr key={s.id}>
                <Td>
                  <div className="font-medium">
                    {localized(s.service, locale)}
                    {s.status !== "ACTIVE" && (
                      <>
                        {" "}
                        <Badge tone="warning">{t(`services.subscriptionStatus.${s.status}` as never)}</Badge>
                      </>
                    )}
                  </div>
                  <div className="text-xs text-slate-500">
                    {localized(s.tariff, locale)} · {quantity(s)} · {t("services.since", { date: format.dateTime(s.startedAt, { dateStyle: "medium" }) })}
                  </div>
                </Td>
                <Td className="whitespace-nowrap text-right tabular-nums">{formatMoney(s.monthlyCost, locale)}</Td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-slate-200 font-semibold">
              <Td>{t("services.total")}</Td>
              <Td className="whitespace-nowrap text-right tabular-nums" data-testid="services-total">
                {formatMoney(total, locale)}
              </Td>
            </tr>
            {vatRateBp !== null && (
              <tr className="text-slate-600">
                <Td>{t("services.totalWithVat", { rate: vatRateBp / 100 })}</Td>
                <Td className="whitespace-nowrap text-right tabular-nums">{formatMoney(total + vatOf(total, vatRateBp), locale)}</Td>
              </tr>
            )}
          </tfoot>
        </Table>
      )}
    </Card>
  );
}
