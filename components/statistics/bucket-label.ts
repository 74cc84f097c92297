import type { TLocale } from "@/lib/money";
import { dateFormat } from "./intl-cache";
import type { TGranularity } from "@/lib/schemas/statistics";
import type { TBucket } from "@/lib/server/statistics/buckets";

type TTranslate = (key: "week" | "weekShort", values: Record<string, string | number>) => string;

// Bucket days are calendar days held as midnight UTC: formatting them in UTC shows the day
// itself (formatting in Almaty time would be the same day, as midnight UTC is 05:00 there).
function fmt(locale: TLocale, options: Intl.DateTimeFormatOptions) {
  return dateFormat(locale, { ...options, timeZone: "UTC" });
}

// short: the chart's axis; long: the chart's tooltip; row: the table's first column,
// compact enough for a phone.
export function bucketLabels(bucket: TBucket, granularity: TGranularity, locale: TLocale, t: TTranslate): { long: string; short: string; row: string } {
  const start = new Date(`${bucket.start}T00:00:00Z`);
  const end = new Date(`${bucket.end}T00:00:00Z`);
  const dayMonth = fmt(locale, { day: "2-digit", month: "2-digit" });
  if (granularity === "day") {
    const long = fmt(locale, { day: "numeric", month: "long", year: "numeric", weekday: "short" }).format(start);
    return { long, short: dayMonth.format(start), row: fmt(locale, { day: "2-digit", month: "2-digit", year: "numeric", weekday: "short" }).format(start) };
  }
  if (granularity === "week") {
    const [year, week] = bucket.key.split("-W").map(Number);
    const range = bucket.start === bucket.end ? dayMonth.format(start) : `${dayMonth.format(start)}–${dayMonth.format(end)}`;
    const long = `${t("week", { week, year })} (${range})`;
    return { long, short: t("weekShort", { week }), row: long };
  }
  const long = fmt(locale, { month: "long", year: "numeric" }).format(start);
  return { long, short: fmt(locale, { month: "short", year: "2-digit" }).format(start), row: long };
}
