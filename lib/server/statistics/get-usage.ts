import "server-only";
import { readRaw } from "@/lib/db";
import { Prisma } from "@/generated/prisma/client";
import type { TCaller } from "@/lib/auth/cabinet";
import { assertCan } from "@/lib/auth/guards";
import type { TLocale } from "@/lib/money";
import { dateToDay, dayToDate, type TUsageQuery } from "@/lib/schemas/statistics";
import { localized } from "@/lib/server/services/localized";
import { bucketKey, bucketsOf, type TBucket } from "./buckets";

export type TUsageService = { code: string; name: string; unit: string };
export type TUsageRow = TBucket & { values: Record<string, number> };

export type TUsageReport = {
  query: TUsageQuery;
  services: TUsageService[]; // every service of the account that records usage (the filter's options)
  shown: TUsageService[]; // the columns of this report: all of them, or the one filtered
  rows: TUsageRow[];
  totals: Record<string, number>;
  hasData: boolean;
};

const round3 = (value: number) => Math.round(value * 1000) / 1000;

type TSumRow = {
  code: string;
  nameRu: string;
  nameKk: string;
  nameEn: string;
  usageUnit: string;
  position: number;
  day: Date | null; // null: a service of the account with no usage in the period
  volume: number | null;
};

// Usage of the caller's account per service and period, in ONE query whatever the
// period: the account's metered services, left-joined to their usage summed per service
// and day in SQL (on the (subscriptionId, day) unique index; at most 366 days × a few
// services come back), then rolled up into ISO weeks or months here. Raw SQL because the
// query compiler's cost per Prisma query is several times that of this statement; the
// columns are quoted and the dates bound as Dates, so it reads the same on PostgreSQL.
export async function getUsage(caller: TCaller, query: TUsageQuery, locale: TLocale): Promise<TUsageReport> {
  assertCan(caller, "statistics.read");

  const onlyService = query.service ? Prisma.sql` AND sv."code" = ${query.service}` : Prisma.empty;
  const sums = await readRaw<TSumRow[]>(Prisma.sql`
    SELECT sv."code" AS "code", sv."nameRu" AS "nameRu", sv."nameKk" AS "nameKk", sv."nameEn" AS "nameEn",
           sv."usageUnit" AS "usageUnit", sv."position" AS "position", u."day" AS "day", SUM(u."volume") AS "volume"
    FROM "Subscription" s
    JOIN "Tariff" t ON t."id" = s."tariffId"
    JOIN "Service" sv ON sv."id" = t."serviceId"
    LEFT JOIN "UsageRecord" u ON u."subscriptionId" = s."id" AND u."accountId" = s."accountId"
      AND u."day" >= ${dayToDate(query.from)} AND u."day" <= ${dayToDate(query.to)}${onlyService}
    WHERE s."accountId" = ${caller.accountId} AND sv."usageUnit" IS NOT NULL
    GROUP BY sv."code", sv."nameRu", sv."nameKk", sv."nameEn", sv."usageUnit", sv."position", u."day"`);

  const byCode = new Map<string, TUsageService & { position: number }>();
  for (const row of sums) {
    if (!byCode.has(row.code)) {
      byCode.set(row.code, { code: row.code, name: localized(row, "name", locale), unit: row.usageUnit, position: Number(row.position) });
    }
  }
  const services = [...byCode.values()].sort((a, b) => a.position - b.position || a.code.localeCompare(b.code)).map(({ position: _, ...s }) => s);
  const shown = query.service ? services.filter((s) => s.code === query.service) : services;

  const buckets = bucketsOf(query.from, query.to, query.granularity);
  const rows: TUsageRow[] = buckets.map((b) => ({ ...b, values: Object.fromEntries(shown.map((s) => [s.code, 0])) }));
  const rowOf = new Map(rows.map((r) => [r.key, r]));
  const totals: Record<string, number> = Object.fromEntries(shown.map((s) => [s.code, 0]));
  const withUsage = new Set<string>();
  let hasData = false;
  for (const sum of sums) {
    if (!sum.day || sum.volume === null) continue;
    const row = rowOf.get(bucketKey(dateToDay(sum.day instanceof Date ? sum.day : new Date(sum.day)), query.granularity));
    if (!row || !(sum.code in row.values)) continue;
    const volume = Number(sum.volume);
    row.values[sum.code] += volume;
    totals[sum.code] += volume;
    if (volume !== 0) withUsage.add(sum.code);
    hasData = true;
  }

  // Unfiltered, a service without any usage in the period (say, a server disconnected
  // months ago) would only add a column of zeros and an empty chart: it is left out.
  const columns = query.service ? shown : shown.filter((s) => withUsage.has(s.code));
  const keep = (values: Record<string, number>) => Object.fromEntries(columns.map((c) => [c.code, round3(values[c.code] ?? 0)]));
  return {
    query,
    services,
    shown: columns,
    rows: rows.map((row) => ({ ...row, values: keep(row.values) })),
    totals: keep(totals),
    hasData,
  };
}
