import type { TUsageReport } from "./get-usage";

// The statistics export, RFC 4180: comma-separated, CRLF line ends, a field quoted when it
// holds a comma, quote or line break (quotes doubled), UTF-8 with a byte-order mark so
// spreadsheet programs read Cyrillic and Kazakh letters right. Numbers are plain: a dot
// for decimals, no grouping, at most three decimals. One line per period and service.

export type TUsageCsvLabels = {
  header: [period: string, start: string, end: string, code: string, service: string, unit: string, volume: string];
  unit: (unit: string) => string;
};

const BOM = "\uFEFF";

function textCell(value: string): string {
  // A cell starting like a formula is defused: spreadsheets would evaluate it.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvNumber(value: number): string {
  const fixed = (Math.round(value * 1000) / 1000).toFixed(3);
  return fixed.replace(/\.?0+$/, "") || "0";
}

export function usageCsv(report: TUsageReport, labels: TUsageCsvLabels): string {
  const lines = [labels.header.map(textCell).join(",")];
  for (const row of report.rows) {
    for (const service of report.shown) {
      lines.push(
        [
          textCell(row.key),
          textCell(row.start),
          textCell(row.end),
          textCell(service.code),
          textCell(service.name),
          textCell(labels.unit(service.unit)),
          csvNumber(row.values[service.code] ?? 0),
        ].join(","),
      );
    }
  }
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
