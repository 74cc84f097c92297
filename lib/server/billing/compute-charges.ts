import { almatyDay, type TPeriod } from "./period";

// The month's charges of one account, as document lines (net, without VAT). Pure, so the
// amounts are tested without a database.
//
// Monthly fees are prorated by Almaty calendar days: a subscription pays for the days of
// the month it was connected (the day it started counts, the day it ended does not), so a
// full month is exactly price × quantity and a service connected on the 16th of a 30-day
// month pays 15/30. Days the account's services were suspended are not charged: suspended
// from the 10th to the 20th of a 30-day month, it pays 20/30. Usage beyond the included
// volume (included per unit × quantity, not prorated: the allowance is a monthly package)
// is charged at the tariff's usage price.

export type TChargeSubscription = {
  id: string;
  quantity: number;
  status: string;
  startedAt: Date;
  endedAt: Date | null;
  tariff: {
    nameRu: string;
    nameKk: string;
    nameEn: string;
    unit: string;
    monthlyPrice: number;
    usagePrice: number;
    includedUsage: number;
    service: { usageUnit: string | null };
  };
};

export type TChargeLine = {
  subscriptionId: string;
  kind: "MONTHLY" | "USAGE";
  nameRu: string;
  nameKk: string;
  nameEn: string;
  unit: string;
  quantity: number;
  unitPrice: number;
  amountNet: number;
};

const round3 = (n: number) => Math.round(n * 1000) / 1000;

// Suspended subscriptions are not billed (the service is not provided); a disconnected one
// is billed for the days before its end date.
export function isBillable(sub: Pick<TChargeSubscription, "status" | "endedAt">): boolean {
  if (sub.status === "SUSPENDED") return false;
  if (sub.status === "DISCONNECTED" && !sub.endedAt) return false;
  return true;
}

// A time the account's services were suspended (AccountSuspension): no fee for its days.
export type TSuspension = { startedAt: Date; endedAt: Date | null };

// The days of the period the subscription was connected (the day it started counts, the
// day it ended does not), less those inside a suspension of the account, by the same rule:
// the day a suspension started is not charged, the day it ended is.
export function activeDays(sub: Pick<TChargeSubscription, "startedAt" | "endedAt">, period: TPeriod, suspensions: TSuspension[] = []): number {
  const from = Math.max(almatyDay(sub.startedAt), almatyDay(period.start));
  const to = Math.min(sub.endedAt ? almatyDay(sub.endedAt) : almatyDay(period.end), almatyDay(period.end));
  const isSuspended = (day: number) => suspensions.some((s) => almatyDay(s.startedAt) <= day && (!s.endedAt || day < almatyDay(s.endedAt)));
  let days = 0;
  for (let day = from; day < to; day++) if (!isSuspended(day)) days++;
  return days;
}

export function computeCharges(
  period: TPeriod,
  subscriptions: TChargeSubscription[],
  usage: Map<string, number>,
  suspensions: TSuspension[] = [],
): TChargeLine[] {
  const lines: TChargeLine[] = [];
  for (const sub of subscriptions) {
    if (!isBillable(sub)) continue;
    if (activeDays(sub, period) === 0) continue;
    // The fee is for the days of service; usage (none while suspended) is billed as it is.
    const days = activeDays(sub, period, suspensions);
    const { tariff } = sub;
    const isFull = days === period.daysInMonth;
    const share = days / period.daysInMonth;
    const amountNet = Math.round(tariff.monthlyPrice * sub.quantity * share);
    if (amountNet > 0) {
      lines.push({
        subscriptionId: sub.id,
        kind: "MONTHLY",
        nameRu: isFull ? tariff.nameRu : `${tariff.nameRu} (${days} из ${period.daysInMonth} дн.)`,
        nameKk: isFull ? tariff.nameKk : `${tariff.nameKk} (${period.daysInMonth} күннің ${days} күні)`,
        nameEn: isFull ? tariff.nameEn : `${tariff.nameEn} (${days} of ${period.daysInMonth} days)`,
        unit: tariff.unit,
        quantity: isFull ? sub.quantity : round3(sub.quantity * share),
        unitPrice: tariff.monthlyPrice,
        amountNet,
      });
    }
    const volume = usage.get(sub.id) ?? 0;
    const included = tariff.includedUsage * sub.quantity;
    const excess = round3(volume - included);
    if (tariff.usagePrice > 0 && excess > 0) {
      const unit = tariff.service.usageUnit ?? tariff.unit;
      lines.push({
        subscriptionId: sub.id,
        kind: "USAGE",
        nameRu: `${tariff.nameRu}: сверх включённого объёма`,
        nameKk: `${tariff.nameKk}: енгізілген көлемнен тыс`,
        nameEn: `${tariff.nameEn}: beyond the included volume`,
        unit,
        quantity: excess,
        unitPrice: tariff.usagePrice,
        amountNet: Math.round(excess * tariff.usagePrice),
      });
    }
  }
  return lines;
}

// Splits a document's VAT over its lines (largest remainder), so the ledger's charges add
// up to exactly the invoice's total with VAT.
export function allocateVat(lines: Array<{ amountNet: number }>, totalVat: number): number[] {
  const totalNet = lines.reduce((sum, l) => sum + l.amountNet, 0);
  if (totalNet === 0) return lines.map(() => 0);
  const exact = lines.map((l) => (l.amountNet * totalVat) / totalNet);
  const shares = exact.map(Math.floor);
  let rest = totalVat - shares.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (rest <= 0) break;
    shares[i] += 1;
    rest -= 1;
  }
  return shares;
}
