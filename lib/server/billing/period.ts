import { AppError } from "@/lib/errors";

// A billing period is a calendar month in Asia/Almaty (UTC+5 all year, no DST). Usage
// records are stamped with midnight UTC of their calendar day, so their range is the
// month's dates in UTC.

export const ALMATY_OFFSET_MS = 5 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export type TPeriod = {
  key: string; // YYYY-MM
  year: number;
  month: number; // 1..12
  start: Date; // the 1st, 00:00 Almaty
  end: Date; // the 1st of the next month, 00:00 Almaty (exclusive)
  lastMoment: Date; // the last second of the month: the date charges and documents carry
  daysInMonth: number;
  usageFrom: Date; // first day, midnight UTC
  usageTo: Date; // first day of the next month, midnight UTC (exclusive)
};

export function parsePeriod(key: string): TPeriod {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  const year = match ? Number(match[1]) : NaN;
  const month = match ? Number(match[2]) : NaN;
  if (!match || month < 1 || month > 12 || year < 2000) {
    throw new AppError("VALIDATION", "validation", { fieldErrors: { period: "staff.billing.errors.format" } });
  }
  const start = new Date(Date.UTC(year, month - 1, 1) - ALMATY_OFFSET_MS);
  const end = new Date(Date.UTC(year, month, 1) - ALMATY_OFFSET_MS);
  return {
    key,
    year,
    month,
    start,
    end,
    lastMoment: new Date(end.getTime() - 1000),
    daysInMonth: Math.round((end.getTime() - start.getTime()) / DAY_MS),
    usageFrom: new Date(Date.UTC(year, month - 1, 1)),
    usageTo: new Date(Date.UTC(year, month, 1)),
  };
}

// A period can be billed only once it is over: its last day has ended in Almaty.
export function isPeriodClosed(period: TPeriod, now: Date): boolean {
  return period.end.getTime() <= now.getTime();
}

// The number of the Almaty calendar day a moment falls on (days since 1970-01-01).
export function almatyDay(date: Date): number {
  return Math.floor((date.getTime() + ALMATY_OFFSET_MS) / DAY_MS);
}

// The previous calendar month of `now` in Almaty: the period a monthly run bills.
export function previousPeriodKey(now: Date): string {
  const local = new Date(now.getTime() + ALMATY_OFFSET_MS);
  const year = local.getUTCMonth() === 0 ? local.getUTCFullYear() - 1 : local.getUTCFullYear();
  const month = local.getUTCMonth() === 0 ? 12 : local.getUTCMonth();
  return `${year}-${String(month).padStart(2, "0")}`;
}
