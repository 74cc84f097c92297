import { dateToDay, dayToDate, type TGranularity } from "@/lib/schemas/statistics";

// The periods of a statistics table. Usage days are Almaty calendar days stored as
// midnight UTC, so plain UTC arithmetic on them is calendar arithmetic. Weeks are ISO
// weeks (Monday to Sunday, numbered by the year of their Thursday); a bucket at either
// end of the chosen period is cut to the period.

const DAY_MS = 86_400_000;

export type TBucket = { key: string; start: string; end: string };

// ISO 8601 week of a day: "2026-W48".
export function isoWeekKey(day: string): string {
  const date = dayToDate(day);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(date.getTime() + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

export function bucketKey(day: string, granularity: TGranularity): string {
  if (granularity === "day") return day;
  if (granularity === "month") return day.slice(0, 7);
  return isoWeekKey(day);
}

// Every bucket from `from` to `to` inclusive, in order, with its (cut) first and last day.
export function bucketsOf(from: string, to: string, granularity: TGranularity): TBucket[] {
  const buckets: TBucket[] = [];
  const last = dayToDate(to).getTime();
  for (let t = dayToDate(from).getTime(); t <= last; t += DAY_MS) {
    const day = dateToDay(new Date(t));
    const key = bucketKey(day, granularity);
    const current = buckets[buckets.length - 1];
    if (current?.key === key) current.end = day;
    else buckets.push({ key, start: day, end: day });
  }
  return buckets;
}
