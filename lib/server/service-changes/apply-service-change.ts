import "server-only";
import { getTranslations } from "next-intl/server";
import type { Tx } from "@/lib/db";
import { getVatRate } from "@/lib/server/billing/get-vat-rate";
import { advanceCharge } from "./pricing";
import type { TServiceChangePlan } from "./plan-service-change";
import { onChargeWritten } from "@/lib/server/alerts/on-charge";

const LOCALES = ["ru", "kk", "en"] as const;

// Puts a planned change into effect: the subscription is created, changed or ended, and
// an increase is charged for the rest of the current month (advanceCharge: pro rata by
// days, with VAT), the figure the preview showed. The month's run bills the month by days
// of each subscription and deducts that advance (lib/server/billing/price-month.ts), so a
// decrease or a disconnection simply stops the old terms' days today. A change of tariff or
// quantity therefore ends the old subscription and starts a new one today: the month's
// invoice counts each for its own days, and the usage keeps the terms it was measured under.
export async function applyServiceChange(
  tx: Tx,
  plan: TServiceChangePlan,
  context: { accountId: string; actorId: string; now: Date },
): Promise<{ subscriptionId: string; chargedTiyn: number }> {
  const { now, accountId } = context;
  if (plan.action === "DISCONNECT") {
    await tx.subscription.update({ where: { id: plan.subscription!.id }, data: { status: "DISCONNECTED", endedAt: now } });
    return { subscriptionId: plan.subscription!.id, chargedTiyn: 0 };
  }
  if (plan.action === "CHANGE") {
    await tx.subscription.update({ where: { id: plan.subscription!.id }, data: { status: "DISCONNECTED", endedAt: now } });
  }
  const created = await tx.subscription.create({
    data: { accountId, tariffId: plan.tariff!.id, quantity: plan.quantity, status: "ACTIVE", startedAt: now },
  });
  const subscriptionId = created.id;
  if (plan.deltaNet <= 0) return { subscriptionId, chargedTiyn: 0 };

  const { gross, days, daysInMonth, period } = advanceCharge(plan.deltaNet, now, await getVatRate(now, tx));
  if (gross <= 0) return { subscriptionId, chargedTiyn: 0 };
  const descriptions = await Promise.all(
    LOCALES.map(async (locale) => {
      const t = await getTranslations({ locale, namespace: "requests" });
      const tariffName = { ru: plan.tariff!.nameRu, kk: plan.tariff!.nameKk, en: plan.tariff!.nameEn }[locale];
      return t(`changes.ledger.${plan.action === "CONNECT" ? "connect" : "change"}` as never, {
        tariff: tariffName,
        quantity: plan.quantity,
        days,
        total: daysInMonth,
        period,
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
      period,
      subscriptionId,
      createdById: context.actorId,
    },
  });
  // Alerts the customer chose (lib/server/alerts): the balance may have crossed a threshold.
  await onChargeWritten(tx, accountId, gross);
  return { subscriptionId, chargedTiyn: gross };
}
