import { vatOf } from "@/lib/money";

// Asia/Almaty is UTC+5 all year: billing months and days are Almaty's.
const ALMATY_OFFSET_MS = 5 * 3_600_000;

export function monthlyNet(tariff: { monthlyPrice: number }, quantity: number): number {
  return tariff.monthlyPrice * quantity;
}

export function withVat(net: number, vatBp: number): { net: number; vat: number; gross: number } {
  const vat = vatOf(net, vatBp);
  return { net, vat, gross: net + vat };
}

// The rest of the current month, today included, e.g. on 24 November: 7 of 30 days.
export function restOfMonth(now: Date): { daysLeft: number; daysInMonth: number; period: string; from: Date; to: Date } {
  const local = new Date(now.getTime() + ALMATY_OFFSET_MS);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth();
  const day = local.getUTCDate();
  const daysInMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return {
    daysLeft: daysInMonth - day + 1,
    daysInMonth,
    period: `${year}-${String(month + 1).padStart(2, "0")}`,
    from: new Date(Date.UTC(year, month, day) - ALMATY_OFFSET_MS),
    to: new Date(Date.UTC(year, month, daysInMonth) - ALMATY_OFFSET_MS),
  };
}

// The share of a month's net price for the rest of the month, rounded to the tiyn.
export function proratedNet(monthly: number, now: Date): number {
  const { daysLeft, daysInMonth } = restOfMonth(now);
  return Math.round((monthly * daysLeft) / daysInMonth);
}

// The first day (Almaty midnight) and the YYYY-MM of the month after `now`.
export function nextPeriod(now: Date): { period: string; startsAt: Date } {
  const local = new Date(now.getTime() + ALMATY_OFFSET_MS);
  const first = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 1));
  return {
    period: `${first.getUTCFullYear()}-${String(first.getUTCMonth() + 1).padStart(2, "0")}`,
    startsAt: new Date(first.getTime() - ALMATY_OFFSET_MS),
  };
}

export type TAdvanceCharge = { net: number; vat: number; gross: number; days: number; daysInMonth: number; period: string };

// What a change charges on the day it is made (the billing rule, README "Billing"): an
// increase of the monthly fee (net, before VAT) for the rest of the month, today included,
// pro rata by days, with the VAT in force today; a decrease or a disconnection nothing
// (the month's invoice then counts the old terms until today and the new ones from today).
export function advanceCharge(deltaNet: number, now: Date, vatBp: number): TAdvanceCharge {
  const month = restOfMonth(now);
  const net = deltaNet > 0 ? proratedNet(deltaNet, now) : 0;
  return { ...withVat(net, vatBp), days: month.daysLeft, daysInMonth: month.daysInMonth, period: month.period };
}
