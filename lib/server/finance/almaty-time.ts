// Calendar arithmetic in Asia/Almaty, which has been UTC+5 all year round since 2024-03-01
// (no daylight saving), so a fixed offset is exact for the periods the cabinet shows.
// Pure functions: the demo seed (run outside Next) uses them too, hence no "server-only".

export const ALMATY_OFFSET_MS = 5 * 60 * 60 * 1000;

// The instant an Almaty calendar day ("2026-11-24") begins.
export function almatyDayStart(ymd: string): Date {
  const [y, m, d] = ymd.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d) - ALMATY_OFFSET_MS);
}

// The Almaty calendar day of an instant, as "YYYY-MM-DD".
export function almatyYmd(date: Date): string {
  return new Date(date.getTime() + ALMATY_OFFSET_MS).toISOString().slice(0, 10);
}

// The Almaty calendar month of an instant, as "YYYY-MM".
export function almatyMonth(date: Date): string {
  return almatyYmd(date).slice(0, 7);
}

// "2026-11" → the instant that month begins in Almaty, and the instant the next one begins.
export function almatyMonthRange(month: string): { start: Date; end: Date } {
  const [y, m] = month.split("-").map(Number);
  return {
    start: new Date(Date.UTC(y, m - 1, 1) - ALMATY_OFFSET_MS),
    end: new Date(Date.UTC(y, m, 1) - ALMATY_OFFSET_MS),
  };
}

// The month `count` months before (negative) or after "YYYY-MM".
export function shiftMonth(month: string, count: number): string {
  const [y, m] = month.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1 + count, 1));
  return date.toISOString().slice(0, 7);
}

// Every "YYYY-MM" from `first` to `last`, inclusive.
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  for (let month = first; month <= last; month = shiftMonth(month, 1)) months.push(month);
  return months;
}
