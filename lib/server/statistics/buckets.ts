import type { TGranularity } from "@/lib/schemas/statistics";

// The periods of a statistics table. Usage days are Almaty calendar days, so they are
// handled as plain calendar dates: day numbers since 1970-01-01 and integer arithmetic
// (a year by day is 366 iterations; building Date objects for each was measurable under
// load). Weeks are ISO weeks (Monday to Sunday, numbered by the year of their Thursday);
// a bucket at either end of the chosen period is cut to the period.

export type TBucket = { key: string; start: string; end: string };

// Howard Hinnant's days_from_civil / civil_from_days, proleptic Gregorian.
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function civilFromDays(n: number): [number, number, number] {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [m <= 2 ? era * 400 + yoe + 1 : era * 400 + yoe, m, d];
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

function dayNumber(day: string): number {
  return daysFromCivil(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)));
}

function dayString(n: number): string {
  const [y, m, d] = civilFromDays(n);
  return `${y}-${two(m)}-${two(d)}`;
}

function isoWeekOf(n: number): string {
  const weekday = (((n + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday; Monday is 0
  const thursday = n - weekday + 3;
  const year = civilFromDays(thursday)[0];
  const week = Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
  return `${year}-W${two(week)}`;
}

// ISO 8601 week of a day: "2026-W48".
export function isoWeekKey(day: string): string {
  return isoWeekOf(dayNumber(day));
}

export function bucketKey(day: string, granularity: TGranularity): string {
  if (granularity === "day") return day;
  if (granularity === "month") return day.slice(0, 7);
  return isoWeekKey(day);
}

// Every bucket from `from` to `to` inclusive, in order, with its (cut) first and last day.
export function bucketsOf(from: string, to: string, granularity: TGranularity): TBucket[] {
  const buckets: TBucket[] = [];
  const last = dayNumber(to);
  for (let n = dayNumber(from); n <= last; n += 1) {
    const day = dayString(n);
    const key = granularity === "day" ? day : granularity === "month" ? day.slice(0, 7) : isoWeekOf(n);
    const current = buckets[buckets.length - 1];
    if (current?.key === key) current.end = day;
    else buckets.push({ key, start: day, end: day });
  }
  return buckets;
}
