import { z } from "zod";
import { clock } from "@/lib/clock";

// The statistics screen and its CSV export take the same query: a period of Almaty
// calendar days (from/to inclusive, at most a year and a day), a granularity and an
// optional service code. Messages are catalogue keys.

export const GRANULARITIES = ["day", "week", "month"] as const;
export type TGranularity = (typeof GRANULARITIES)[number];

export const MAX_PERIOD_DAYS = 366;
export const DEFAULT_PERIOD_DAYS = 30;
const DAY_MS = 86_400_000;

const zDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "statistics.validation.date")
  .refine((value) => dayToDate(value).toISOString().slice(0, 10) === value, "statistics.validation.date");

export const ZUsageQuery = z
  .object({
    from: zDay,
    to: zDay,
    granularity: z.enum(GRANULARITIES, "statistics.validation.granularity"),
    service: z
      .string()
      .trim()
      .regex(/^[A-Z0-9_-]{1,40}$/, "statistics.validation.service")
      .optional(),
  })
  .superRefine((query, ctx) => {
    const from = dayToDate(query.from).getTime();
    const to = dayToDate(query.to).getTime();
    if (to < from) ctx.addIssue({ code: "custom", path: ["to"], message: "statistics.validation.order" });
    else if ((to - from) / DAY_MS + 1 > MAX_PERIOD_DAYS) ctx.addIssue({ code: "custom", path: ["to"], message: "statistics.validation.tooLong" });
  });

export type TUsageQuery = z.output<typeof ZUsageQuery>;

// "2026-11-24" → the midnight-UTC Date that UsageRecord.day stores for that Almaty day.
export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

export function dateToDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

// Today in Asia/Almaty (UTC+5 all year since 2024, no DST). The formatter is built once:
// building one costs more than the rest of parsing the query.
let almatyDayFormat: Intl.DateTimeFormat | undefined;
export function almatyToday(now: Date = clock.now()): string {
  almatyDayFormat ??= new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Almaty", year: "numeric", month: "2-digit", day: "2-digit" });
  return almatyDayFormat.format(now);
}

export function defaultUsageQuery(now: Date = clock.now()): TUsageQuery {
  const to = almatyToday(now);
  const from = dateToDay(new Date(dayToDate(to).getTime() - (DEFAULT_PERIOD_DAYS - 1) * DAY_MS));
  return { from, to, granularity: "day" };
}

type TSearchParams = Record<string, string | string[] | undefined>;

// Reads the query from a URL's parameters: a missing or empty field takes its default,
// an invalid one is reported (and the defaults are used) rather than thrown.
export function parseUsageQuery(
  params: TSearchParams | URLSearchParams,
  now: Date = clock.now(),
): { ok: true; query: TUsageQuery } | { ok: false; query: TUsageQuery; fieldErrors: Record<string, string> } {
  const get = (key: string) => {
    const raw = params instanceof URLSearchParams ? params.get(key) : params[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    return value && value.trim() !== "" ? value : undefined;
  };
  const defaults = defaultUsageQuery(now);
  const parsed = ZUsageQuery.safeParse({
    from: get("from") ?? defaults.from,
    to: get("to") ?? defaults.to,
    granularity: get("granularity") ?? defaults.granularity,
    service: get("service"),
  });
  if (parsed.success) return { ok: true, query: parsed.data };
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) fieldErrors[issue.path.join(".") || "root"] ??= issue.message;
  return { ok: false, query: defaults, fieldErrors };
}

export function usageQueryToParams(query: TUsageQuery): Record<string, string> {
  return {
    from: query.from,
    to: query.to,
    granularity: query.granularity,
    ...(query.service ? { service: query.service } : {}),
  };
}
