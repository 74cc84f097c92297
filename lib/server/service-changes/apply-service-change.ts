import "server-only";
import { getTranslations } from "next-intl/server";
import type { Tx } from "@/lib/db";
import { getVatRate } from "@/lib/server/billing/get-vat-rate";
import { proratedNet, restOfMonth, withVat } from "./pricing";
import type { TServiceChangePlan } from "./plan-service-change";

const LOCALES = ["ru", "kk", "en"] as const;

// Puts a planned change into effect: the subscription is created, changed or ended, and
// an increase is charged for the rest of the current month (pro rata by days, with VAT).
// A decrease or a disconnection takes effect from the next charges; the current month is
// not recalculated. A new tariff ends the old subscription and starts a new one, so the
// usage history keeps the tariff it was measured under.
export async function applyServiceChange(
  tx: Tx,
  plan: TServiceChangePlan,
  context: { accountId: string; actorId: string; now: Date },
): Promise<{ subscriptionId: string; chargedTiyn: number }> {
  const { now, accountId } = context;
  let subscriptionId: string;
  if (plan.action === "DISCONNECT") {
    await tx.subscription.update({ where: { id: plan.subscription!.id }, data: { status: "DISCONNECTED", endedAt: now } });
    return { subscriptionId: plan.subscription!.id, chargedTiyn: 0 };
  }
  if (plan.action === "CHANGE" && plan.tariff!.id === plan.subscription!.tariffId) {
    subscriptionId = plan.subscription!.id;
    await tx.subscription.update({ where: { id: subscriptionId }, data: { quantity: plan.quantity } });
  } else {
    if (plan.action === "CHANGE") {
      await tx.subscription.update({ where: { id: plan.subscription!.id }, data: { status: "DISCONNECTED", endedAt: now } });
    }
    const created = await tx.subscription.create({
      data: { accountId, tariffId: plan.tariff!.id, quantity: plan.quantity, status: "ACTIVE", startedAt: now },
    });
    subscriptionId = created.id;
  }
  if (plan.deltaNet <= 0) return { subscriptionId, chargedTiyn: 0 };

  const net = proratedNet(plan.deltaNet, now);
  const { gross } = withVat(net, await getVatRate(now, tx));
  if (gross <= 0) return { subscriptionId, chargedTiyn: 0 };
  const month = restOfMonth(now);
  const descriptions = await Promise.all(
    LOCALES.map(async (locale) => {
      const t = await getTranslations({ locale, namespace: "requests" });
      const tariffName = { ru: plan.tariff!.nameRu, kk: plan.tariff!.nameKk, en: plan.tariff!.nameEn }[locale];
      return t(`changes.ledger.${plan.action === "CONNECT" ? "connect" : "change"}` as never, {
        tariff: tariffName,
        quantity: plan.quantity,
        days: month.daysLeft,
        total: month.daysInMonth,
        period: month.period,
      } as never);
    }),
  );
  await tx.ledgerEntry.create({
    data: {
      accountId,
      kind: "CHARGE",
      amount: -gross,
      descriptionRu: descriptions[0],
      descriptionKk: descriptions[1],
      descriptionEn: descriptions[2],
      occurredAt: now,
      period: month.period,
      subscriptionId,
      createdById: context.actorId,
    },
  });
  return { subscriptionId, chargedTiyn: gross };
}
