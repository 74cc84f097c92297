"use client";

// Periods down, services across; the unit sits in each column's heading. A client
// component only for what crosses the wire: a server component's table travels as
// hundreds of serialized elements, this one as its strings (numbers are formatted on the
// server, so the browser renders exactly the server's HTML). It has no state.

export type TUsageTableColumn = { code: string; heading: string };
export type TUsageTableRow = { key: string; label: string; cells: string[] };

const cellClass = "whitespace-nowrap text-right tabular-nums";

export function UsageTable({
  caption,
  periodHeading,
  totalLabel,
  columns,
  rows,
  totals,
}: {
  caption: string;
  periodHeading: string;
  totalLabel: string;
  columns: TUsageTableColumn[];
  rows: TUsageTableRow[];
  totals: string[];
}) {
  return (
    // A row is about 37 px high: the guess of the table's height while it is off screen.
    <section
      className="render-when-visible rounded-xl bg-white shadow-sm ring-1 ring-slate-200"
      style={{ "--render-size": `${(rows.length + 2) * 37 + 48}px` } as React.CSSProperties}
    >
      {/* The visible caption sits outside the table's scrolling box so a phone shows it whole. */}
      <p aria-hidden className="px-4 py-3 text-sm font-medium text-slate-700 sm:px-6">
        {caption}
      </p>
      <div tabIndex={0} role="region" aria-label={caption} className="scroll-hint overflow-x-auto focus-visible:outline-offset-0">
        <table className="data-table min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="text-left">
                {periodHeading}
              </th>
              {columns.map((c) => (
                <th key={c.code} scope="col" className="text-right">
                  {c.heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100" data-testid="usage-table">
            {rows.map((row) => (
              <tr key={row.key} data-period={row.key}>
                <th scope="row" className="font-normal text-slate-800">
                  {row.label}
                </th>
                {row.cells.map((cell, i) => (
                  <td key={columns[i]?.code ?? i} className={cellClass}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t-2 border-slate-200 bg-slate-50">
            <tr>
              <th scope="row" className="text-left">
                {totalLabel}
              </th>
              {columns.map((c, i) => (
                <td key={c.code} className={`${cellClass} font-semibold`} data-testid="usage-total" data-service={c.code}>
                  {totals[i]}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
