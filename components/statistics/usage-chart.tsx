"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { numberFormat } from "./intl-cache";
import { usageNumber } from "./usage-number";

export type TUsageSeries = {
  code: string;
  title: string; // already translated: "Usage chart: Internet, GB"
  unit: string;
  values: number[]; // one per period, in the order of `labels`
};

const COLORS = ["#1a64e0", "#0f9f6e", "#d97706", "#7c3aed", "#db2777"];

// One bar chart per service: their units differ (GB, minutes, vCPU-hours), so they do not
// share an axis. The table under the charts carries the same figures for screen readers.
// The period labels travel once for all the charts, not once per chart and point.
export function UsageChart({
  labels,
  tooltips,
  series,
  numberLocale,
}: {
  labels: string[];
  tooltips: string[];
  series: TUsageSeries[];
  numberLocale: string;
}) {
  const number = usageNumber(numberLocale);
  const compact = numberFormat(numberLocale, { notation: "compact", maximumFractionDigits: 1 });
  return (
    <div className="grid gap-4 xl:grid-cols-2">
      {series.map((s, i) => (
        <figure key={s.code} className="rounded-xl bg-white p-3 shadow-sm ring-1 ring-slate-200 sm:p-4" data-testid="usage-chart" data-service={s.code}>
          <figcaption className="mb-2 text-sm font-medium text-slate-800">{s.title}</figcaption>
          <div role="img" aria-label={s.title} className="h-56 w-full min-w-0">
            <ResponsiveContainer width="100%" height="100%" minWidth={0}>
              <BarChart data={s.values.map((value, k) => ({ label: labels[k], long: tooltips[k], value }))} margin={{ top: 4, right: 4, bottom: 0, left: -8 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
                <XAxis dataKey="label" tick={{ fontSize: 11 }} tickLine={false} minTickGap={12} />
                <YAxis tick={{ fontSize: 11 }} tickLine={false} axisLine={false} width={44} tickFormatter={(v: number) => compact.format(v)} />
                <Tooltip
                  cursor={{ fill: "#eef6ff" }}
                  labelFormatter={(_label, payload) => (payload?.[0]?.payload as { long?: string } | undefined)?.long ?? String(_label)}
                  formatter={(value) => [`${number.format(Number(value))} ${s.unit}`, ""]}
                  separator=""
                />
                <Bar dataKey="value" fill={COLORS[i % COLORS.length]} radius={[3, 3, 0, 0]} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
        </figure>
      ))}
    </div>
  );
}
