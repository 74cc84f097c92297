import { vatOf } from "@/lib/money";
import { allocateVat, computeCharges, type TChargeLine, type TChargeSubscription, type TSuspension } from "./compute-charges";
import type { TPeriod } from "./period";

// The invoice of one account's month and what the monthly run writes to its ledger for it:
// the one price of a month, used by the billing run (bill-account.ts) and by the preview
// of a service change (price-service-change.ts), so the preview shows what the run charges.
// Pure: the amounts are tested without a database.
//
// The invoice lists the whole month (computeCharges: fees by days of service less the days
// the account was suspended, usage beyond the included volume) with VAT on its total. A service change that raised the monthly fee
// mid-month was charged at once for the rest of that month ("advances", ledger rows of the
// month outside any run); the run charges the invoice minus those, first against the same
// subscription's lines, then against the others. What the advances paid beyond the month's
// invoice (a service connected and disconnected again) comes back as one credit row. So the
// month's ledger charges always add up to the invoice's total: nothing skipped, nothing twice.

export type TAdvance = { subscriptionId: string | null; amount: number }; // gross, positive

// amount signed (a charge negative); advanced: the part of the line an advance paid.
export type TLedgerCharge = { lineIndex: number | null; subscriptionId: string | null; amount: number; advanced: number };

export type TMonthInvoice = {
  period: string;
  lines: TChargeLine[];
  vatRateBp: number;
  amountNet: number;
  amountVat: number;
  amountGross: number;
  advanceGross: number; // charged already this month by service changes
  dueGross: number; // what the run charges now: amountGross − advanceGross (negative: a credit)
  ledger: TLedgerCharge[]; // the run's ledger rows, adding up to −dueGross
};

export function priceMonth(
  period: TPeriod,
  subscriptions: TChargeSubscription[],
  usage: Map<string, number>,
  vatRateBp: number,
  advances: TAdvance[] = [],
  suspensions: TSuspension[] = [],
): TMonthInvoice {
  const lines = computeCharges(period, subscriptions, usage, suspensions);
  const amountNet = lines.reduce((sum, l) => sum + l.amountNet, 0);
  const amountVat = vatOf(amountNet, vatRateBp);
  const vatShares = allocateVat(lines, amountVat);
  const gross = lines.map((l, i) => l.amountNet + vatShares[i]);
  const due = [...gross];

  // Advances settle their own subscription's lines first, then any line.
  const left = new Map<string | null, number>();
  for (const a of advances) left.set(a.subscriptionId, (left.get(a.subscriptionId) ?? 0) + a.amount);
  const settle = (i: number, key: string | null) => {
    const take = Math.min(left.get(key) ?? 0, due[i]);
    if (take <= 0) return;
    due[i] -= take;
    left.set(key, (left.get(key) ?? 0) - take);
  };
  lines.forEach((l, i) => settle(i, l.subscriptionId));
  for (const key of left.keys()) lines.forEach((_, i) => settle(i, key));
  const credit = [...left.values()].reduce((sum, v) => sum + v, 0);

  const ledger: TLedgerCharge[] = [];
  lines.forEach((l, i) => {
    if (due[i] > 0) ledger.push({ lineIndex: i, subscriptionId: l.subscriptionId, amount: -due[i], advanced: gross[i] - due[i] });
  });
  if (credit > 0) ledger.push({ lineIndex: null, subscriptionId: null, amount: credit, advanced: 0 });

  const advanceGross = advances.reduce((sum, a) => sum + a.amount, 0);
  return {
    period: period.key,
    lines,
    vatRateBp,
    amountNet,
    amountVat,
    amountGross: amountNet + amountVat,
    advanceGross,
    dueGross: amountNet + amountVat - advanceGross,
    ledger,
  };
}
