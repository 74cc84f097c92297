import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/guards";
import type { TCaller } from "@/lib/auth/cabinet";
import { getVatRate } from "@/lib/server/billing/get-vat-rate";
import { currentAndNextPeriods } from "@/lib/server/billing/price-service-change";
import { priceMonth } from "@/lib/server/billing/price-month";
import { monthlyNet, nextPeriod, restOfMonth } from "./pricing";
import { clock } from "@/lib/clock";

// The charges to come: next month's subscription fees for what is connected now (the
// services screen's "next charges"), and this month's charges already made by service
// changes, so a change shows its effect at once. The total is the monthly run's own price
// of that month (priceMonth), usage beyond the included volume aside.
export async function getNextCharges(caller: TCaller, now: Date = clock.now()) {
  assertCan(caller, "services.read");
  const next = nextPeriod(now);
  const period = currentAndNextPeriods(now).next;
  const [subscriptions, vatRateBp, changeCharges] = await Promise.all([
    db.subscription.findMany({
      where: { accountId: caller.accountId, status: "ACTIVE" },
      orderBy: { startedAt: "asc" },
      include: { tariff: { include: { service: true } } },
    }),
    getVatRate(period.lastMoment),
    db.ledgerEntry.findMany({
      where: { accountId: caller.accountId, kind: "CHARGE", period: restOfMonth(now).period, billingRunId: null, subscriptionId: { not: null } },
      orderBy: { occurredAt: "desc" },
      select: { id: true, amount: true, occurredAt: true, descriptionRu: true, descriptionKk: true, descriptionEn: true },
    }),
  ]);
  const lines = subscriptions.map((s) => ({
    subscriptionId: s.id,
    service: s.tariff.service,
    tariff: s.tariff,
    quantity: s.quantity,
    unitPrice: s.tariff.monthlyPrice,
    net: monthlyNet(s.tariff, s.quantity),
  }));
  const invoice = priceMonth(period, subscriptions, new Map(), vatRateBp);
  const totals = { net: invoice.amountNet, vat: invoice.amountVat, gross: invoice.amountGross };
  return { period: next.period, startsAt: next.startsAt, vatRateBp, lines, totals, changeCharges };
}
