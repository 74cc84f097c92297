import type { TUsageReport } from "./get-usage";
import { toCsv } from "@/lib/csv";

// The statistics export (lib/csv.ts: RFC 4180, comma-separated). Numbers are plain: a dot
// for decimals, no grouping, at most three decimals. One line per period and service.

export type TUsageCsvLabels = {
  header: [period: string, start: string, end: string, code: string, service: string, unit: string, volume: string];
  unit: (unit: string) => string;
};

export function csvNumber(value: number): string {
  const fixed = (Math.round(value * 1000) / 1000).toFixed(3);
  return fixed.replace(/\.?0+$/, "") || "0";
}

export function usageCsv(report: TUsageReport, labels: TUsageCsvLabels): string {
  const rows: Array<Array<string | number>> = [labels.header];
  for (const row of report.rows) {
    for (const service of report.shown) {
      rows.push([row.key, row.start, row.end, service.code, service.name, labels.unit(service.unit), row.values[service.code] ?? 0]);
    }
  }
  return toCsv(rows, { formatNumber: csvNumber });
}
