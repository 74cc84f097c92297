import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { TCaller } from "@/lib/auth/cabinet";
import { formatMoney, type TLocale } from "@/lib/money";
import { getServiceChangeOptions } from "@/lib/server/service-changes/get-service-change-options";
import { localName } from "@/lib/server/service-changes/describe-change";
import { Alert, Badge, Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { ConnectServiceForm, type TTariffOption } from "./connect-service-form";
import { ChangeSubscriptionForm } from "./change-subscription-form";
import { DisconnectButton } from "./disconnect-button";

// Connect, change and disconnect services (clause 2.2), for a caller holding
// services.manage. Placed on the services screen. While staff view the cabinet the forms
// are shown disabled (the read-only context), so they see what the customer sees.
export async function ServiceChangesPanel({ caller }: { caller: TCaller }) {
  const t = await getTranslations("requests.changes");
  const locale = (await getLocale()) as TLocale;
  const { account, subscriptions, catalogue, pending, balance } = await getServiceChangeOptions(caller);
  const money = (tiyn: number) => formatMoney(tiyn, locale);
  const perMonth = (tiyn: number) => t("perMonth", { amount: money(tiyn) });
  const option = (service: { nameRu: string; nameKk: string; nameEn: string }, tariff: (typeof catalogue)[number]["tariffs"][number]): TTariffOption => ({
    id: tariff.id,
    label: `${localName(service, locale)} — ${localName(tariff, locale)} · ${perMonth(tariff.monthlyPrice)}`,
    monthlyPrice: tariff.monthlyPrice,
    approvalReason: tariff.approvalReason,
  });
  const allTariffs = catalogue.flatMap((service) => service.tariffs.map((tariff) => option(service, tariff)));
  const canChange = account.status === "ACTIVE";

  return (
    <div className="space-y-6" data-testid="service-changes-panel">
      {account.status !== "ACTIVE" && <Alert tone="warning">{t("suspended")}</Alert>}
      {account.billingMethod === "PREPAID" && (
        <Alert tone="info">
          <span data-testid="prepaid-funds">
            {t("prepaidFunds", { balance: money(balance), credit: money(account.creditLimit), available: money(balance + account.creditLimit) })}
          </span>
        </Alert>
      )}

      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("subscriptions")}</h2>
        {subscriptions.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noSubscriptions")}</p>
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>{t("columns.service")}</Th>
                <Th>{t("quantity")}</Th>
                <Th>{t("columns.monthly")}</Th>
                <Th>{t("columns.status")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="subscriptions-table">
              {subscriptions.map((s) => {
                const service = catalogue.find((c) => c.id === s.tariff.serviceId);
                const name = `${localName(s.tariff.service, locale)} — ${localName(s.tariff, locale)}`;
                return (
                  <tr key={s.id} data-testid="subscription-row">
                    <Td className="min-w-56">
                      <span className="font-medium">{name}</span>
                      {canChange && s.status === "ACTIVE" && (
                        <details className="mt-2">
                          <summary className="cursor-pointer text-sm text-brand-700">{t("change.open")}</summary>
                          <div className="mt-3 space-y-4">
                            <ChangeSubscriptionForm
                              accountId={caller.accountId}
                              subscription={{ id: s.id, tariffId: s.tariffId, quantity: s.quantity }}
                              tariffs={(service?.tariffs ?? []).map((tariff) => option(service!, tariff))}
                            />
                            <DisconnectButton accountId={caller.accountId} subscriptionId={s.id} name={name} />
                          </div>
                        </details>
                      )}
                    </Td>
                    <Td>{s.quantity}</Td>
                    <Td className="whitespace-nowrap">{perMonth(s.tariff.monthlyPrice * s.quantity)}</Td>
                    <Td>
                      <Badge tone={s.status === "ACTIVE" ? "success" : "warning"}>{t(`subscriptionStatus.${s.status}` as never)}</Badge>
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
        <p className="mt-3 text-xs text-slate-500">{t("pricesNet")}</p>
      </Card>

      {pending.length > 0 && (
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("pending")}</h2>
          <ul className="space-y-2 text-sm" data-testid="pending-changes">
            {pending.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center gap-2">
                <Badge tone="warning">{t("status.PENDING")}</Badge>
                <span>{t(`action.${p.action}` as never)}: {p.tariff ? localName(p.tariff, locale) : p.subscription ? localName(p.subscription.tariff, locale) : ""}</span>
                {p.request && (
                  <Link href={`/requests/${p.request.id}`} className="font-mono text-xs text-brand-700 underline">
                    {p.request.number}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </Card>
      )}

      {canChange && (
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("connect.title")}</h2>
          <ConnectServiceForm accountId={caller.accountId} tariffs={allTariffs} />
        </Card>
      )}
    </div>
  );
}
