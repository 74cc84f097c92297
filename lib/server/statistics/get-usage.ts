import "server-only";
import { db } from "@/lib/db";
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

// Usage of the caller's account per service and period. Two queries whatever the period:
// the account's usage-bearing subscriptions, then the usage summed per subscription and
// day in SQL on the (accountId, day) index (at most 366 days × a few subscriptions), which
// is rolled up to services and weeks or months here.
export async function getUsage(caller: TCaller, query: TUsageQuery, locale: TLocale): Promise<TUsageReport> {
  assertCan(caller, "statistics.read");

  const subscriptions = await db.subscription.findMany({
    where: { accountId: caller.accountId, tariff: { service: { usageUnit: { not: null } } } },
    select: {
      id: true,
      tariff: { select: { service: { select: { code: true, nameRu: true, nameKk: true, nameEn: true, usageUnit: true, position: true } } } },
    },
  });

  const byCode = new Map<string, TUsageService & { position: number }>();
  const serviceOf = new Map<string, string>();
  for (const { id, tariff } of subscriptions) {
    const s = tariff.service;
    serviceOf.set(id, s.code);
    if (!byCode.has(s.code)) byCode.set(s.code, { code: s.code, name: localized(s, "name", locale), unit: s.usageUnit!, position: s.position });
  }
  const services = [...byCode.values()].sort((a, b) => a.position - b.position || a.code.localeCompare(b.code)).map(({ position: _, ...s }) => s);
  const shown = query.service ? services.filter((s) => s.code === query.service) : services;
  const shownIds = [...serviceOf].filter(([, code]) => shown.some((s) => s.code === code)).map(([id]) => id);

  const buckets = bucketsOf(query.from, query.to, query.granularity);
  const rows: TUsageRow[] = buckets.map((b) => ({ ...b, values: Object.fromEntries(shown.map((s) => [s.code, 0])) }));
  const rowOf = new Map(rows.map((r) => [r.key, r]));
  const totals: Record<string, number> = Object.fromEntries(shown.map((s) => [s.code, 0]));
  const sums =
    shownIds.length === 0
      ? []
      : await db.usageRecord.groupBy({
          by: ["subscriptionId", "day"],
          where: {
            accountId: caller.accountId,
            day: { gte: dayToDate(query.from), lte: dayToDate(query.to) },
            ...(query.service ? { subscriptionId: { in: shownIds } } : {}),
          },
          _sum: { volume: true },
        });
  let hasData = false;
  for (const sum of sums) {
    const code = serviceOf.get(sum.subscriptionId);
    const row = rowOf.get(bucketKey(dateToDay(sum.day), query.granularity));
    if (!code || !row || !(code in row.values)) continue;
    const volume = sum._sum.volume ?? 0;
    row.values[code] += volume;
    totals[code] += volume;
    hasData = true;
  }

  // Unfiltered, a service without any usage in the period (say, a server disconnected
  // months ago) would only add a column of zeros and an empty chart: it is left out.
  const withUsage = new Set(sums.filter((s) => (s._sum.volume ?? 0) !== 0).map((s) => serviceOf.get(s.subscriptionId)));
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
