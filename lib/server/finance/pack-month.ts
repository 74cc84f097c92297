import { almatyMonth, almatyMonthRange } from "./almaty-time";

// Which month's accounting pack a document belongs to: the month its service period starts
// in (a postpaid invoice for October is issued in November but is October's), or, for a
// document without a period (an invoice for top-up), the month it was issued in. Almaty
// time. Pure: the pack, its month list and their tests share it.
export function packMonthOf(document: { periodStart: Date | null; issuedAt: Date }): string {
  return almatyMonth(document.periodStart ?? document.issuedAt);
}

// The same rule as a Prisma `where` for one month.
export function packMonthWhere(month: string) {
  const { start, end } = almatyMonthRange(month);
  return {
    OR: [
      { periodStart: { gte: start, lt: end } },
      { periodStart: null, issuedAt: { gte: start, lt: end } },
    ],
  };
}

// A month is closed once the next one has begun in Almaty.
export function isClosedMonth(month: string, now: Date): boolean {
  return month < almatyMonth(now);
}
