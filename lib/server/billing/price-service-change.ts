import { advanceCharge, nextPeriod, restOfMonth, type TAdvanceCharge } from "@/lib/server/service-changes/pricing";
import type { TChargeSubscription, TSuspension } from "./compute-charges";
import { parsePeriod, type TPeriod } from "./period";
import { priceMonth, type TAdvance, type TMonthInvoice } from "./price-month";

// The price of a service change before it is made: what it charges today and the invoices
// it leads to. Built from the very functions that charge: advanceCharge (what
// apply-service-change.ts writes today) and priceMonth (what the monthly run charges), so
// the preview is the figure the customer will be charged. Pure.

export type TPlannedChange = {
  action: "CONNECT" | "CHANGE" | "DISCONNECT";
  subscriptionId: string | null; // the subscription changed or disconnected
  tariff: TChargeSubscription["tariff"] | null; // the tariff connected or changed to
  quantity: number;
  deltaNet: number; // the change of the monthly fee, net
};

export type TServiceChangePrice = {
  today: TAdvanceCharge;
  thisMonth: TMonthInvoice; // the current month's invoice, its fees (usage comes on top)
  nextMonth: TMonthInvoice; // the next month's, as the run will charge it
};

const NEW_SUBSCRIPTION = "new";

// The current and the next billing month of an instant.
export function currentAndNextPeriods(now: Date): { current: TPeriod; next: TPeriod } {
  return { current: parsePeriod(restOfMonth(now).period), next: parsePeriod(nextPeriod(now).period) };
}

// The account's subscriptions as they will be once the change is made now.
export function applyPlanned(subscriptions: TChargeSubscription[], change: TPlannedChange, now: Date): TChargeSubscription[] {
  const after = subscriptions.map((s) => (change.action !== "CONNECT" && s.id === change.subscriptionId ? { ...s, status: "DISCONNECTED", endedAt: now } : s));
  if (change.action !== "DISCONNECT" && change.tariff) {
    after.push({ id: NEW_SUBSCRIPTION, quantity: change.quantity, status: "ACTIVE", startedAt: now, endedAt: null, tariff: change.tariff });
  }
  return after;
}

export function priceServiceChange(input: {
  now: Date;
  subscriptions: TChargeSubscription[]; // the account's, overlapping this month and the next
  advances: TAdvance[]; // this month's unsettled advances
  suspensions?: TSuspension[]; // the account's, this month: days without a fee
  change: TPlannedChange;
  vat: { today: number; thisMonth: number; nextMonth: number };
}): TServiceChangePrice {
  const { now, change } = input;
  const { current, next } = currentAndNextPeriods(now);
  const today = advanceCharge(change.deltaNet, now, input.vat.today);
  const after = applyPlanned(input.subscriptions, change, now);
  const advances = today.gross > 0 ? [...input.advances, { subscriptionId: NEW_SUBSCRIPTION, amount: today.gross }] : input.advances;
  return {
    today,
    thisMonth: priceMonth(current, after, new Map(), input.vat.thisMonth, advances, input.suspensions),
    nextMonth: priceMonth(next, after, new Map(), input.vat.nextMonth),
  };
}
