import { Card } from "@/components/ui/card";
import { numberFormat } from "./intl-cache";
import { Table, Td, Th } from "@/components/ui/table";

export type TUsageTableColumn = { code: string; name: string; unit: string };
export type TUsageTableRow = { key: string; label: string; values: Record<string, number> };

// A year by day is 366 rows: plain cells with one shared class keep the page light.
const cellClass = "whitespace-nowrap px-3 py-2 text-right tabular-nums text-slate-800";

// Periods down, services across; the unit sits in each column's heading.
export function UsageTable({
  caption,
  periodHeading,
  totalLabel,
  columns,
  rows,
  totals,
  numberLocale,
}: {
  caption: string;
  periodHeading: string;
  totalLabel: string;
  columns: TUsageTableColumn[];
  rows: TUsageTableRow[];
  totals: Record<string, number>;
  numberLocale: string;
}) {
  const number = numberFormat(numberLocale, { maximumFractionDigits: 3 });
  return (
    <Card className="p-0 sm:p-0">
      {/* The visible caption sits outside the table's scrolling box so a phone shows it whole. */}
      <p aria-hidden className="px-4 py-3 text-sm font-medium text-slate-700 sm:px-6">
        {caption}
      </p>
      <Table>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <Th>{periodHeading}</Th>
            {columns.map((c) => (
              <Th key={c.code} className="text-right">
                {c.name}, {c.unit}
              </Th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100" data-testid="usage-table">
          {rows.map((row) => (
            <tr key={row.key} data-period={row.key}>
              <Th scope="row" className="font-normal text-slate-800">
                {row.label}
              </Th>
              {columns.map((c) => (
                <td key={c.code} className={cellClass}>
                  {number.format(row.values[c.code] ?? 0)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t-2 border-slate-200 bg-slate-50">
          <tr>
            <Th scope="row">{totalLabel}</Th>
            {columns.map((c) => (
              <Td key={c.code} className="whitespace-nowrap text-right font-semibold tabular-nums" data-testid="usage-total" data-service={c.code}>
                {number.format(totals[c.code] ?? 0)}
              </Td>
            ))}
          </tr>
        </tfoot>
      </Table>
    </Card>
  );
}
