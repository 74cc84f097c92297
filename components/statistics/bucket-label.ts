import type { TLocale } from "@/lib/money";
import type { TGranularity } from "@/lib/schemas/statistics";
import type { TBucket } from "@/lib/server/statistics/buckets";
import { dateFormat } from "@/lib/intl-cache";

type TLabels = { long: string; short: string; row: string };

// The week's wording, translated once per request with placeholders: a year by week is
// 53 rows, and a translator call per row was a measurable part of the page's cost.
export type TWeekPatterns = { long: string; short: string }; // e.g. "Неделя %W%, %Y%", "Нед. %W%"
export const WEEK_TOKEN = "%W%";
export const YEAR_TOKEN = "%Y%";

// short: the chart's axis; long: the chart's tooltip; row: the table's first column,
// compact enough for a phone. Bucket days are calendar days held as midnight UTC, so they
// are formatted in UTC (which shows the day itself).
export function makeBucketLabeler(granularity: TGranularity, locale: TLocale, week: TWeekPatterns): (bucket: TBucket) => TLabels {
  const utc = (options: Intl.DateTimeFormatOptions) => dateFormat(locale, { ...options, timeZone: "UTC" });
  const dayMonth = utc({ day: "2-digit", month: "2-digit" });
  const at = (day: string) => new Date(`${day}T00:00:00Z`);
  if (granularity === "day") {
    const long = utc({ day: "numeric", month: "long", year: "numeric", weekday: "short" });
    const row = utc({ day: "2-digit", month: "2-digit", year: "numeric", weekday: "short" });
    return (b) => {
      const start = at(b.start);
      return { long: long.format(start), short: dayMonth.format(start), row: row.format(start) };
    };
  }
  if (granularity === "week") {
    return (b) => {
      const [year, number] = b.key.split("-W");
      const weekNumber = String(Number(number));
      const range = b.start === b.end ? dayMonth.format(at(b.start)) : `${dayMonth.format(at(b.start))}–${dayMonth.format(at(b.end))}`;
      const long = `${week.long.replace(WEEK_TOKEN, weekNumber).replace(YEAR_TOKEN, year)} (${range})`;
      return { long, short: week.short.replace(WEEK_TOKEN, weekNumber), row: long };
    };
  }
  const long = utc({ month: "long", year: "numeric" });
  const short = utc({ month: "short", year: "2-digit" });
  return (b) => {
    const start = at(b.start);
    const text = long.format(start);
    return { long: text, short: short.format(start), row: text };
  };
}
