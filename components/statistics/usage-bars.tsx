"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { numberFormat } from "./intl-cache";
import { usageNumber } from "./usage-number";

// The bars of one service's chart (components/statistics/usage-chart.tsx loads this after
// the page, so recharts stays out of every first load).
export function UsageBars({
  data,
  color,
  unit,
  numberLocale,
}: {
  data: { label: string; long: string; value: number }[];
  color: string;
  unit: string;
  numberLocale: string;
}) {
  const number = usageNumber(numberLocale);
  const compact = numberFormat(numberLocale, {
    notation: "compact",
    maximumFractionDigits: 1,
  });
  return (
    <ResponsiveContainer width="100%" height="100%" minWidth={0}>
      <BarChart data={data} margin={{ top: 4, right: 4, bottom: 0, left: -8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} tickLine={false} minTickGap={12} />
        <YAxis tick={{ fontSize: 11 }} tickLine={false} axisLine={false} width={44} tickFormatter={(v: number) => compact.format(v)} />
        <Tooltip
          cursor={{ fill: "#eef6ff" }}
          labelFormatter={(_label, payload) => (payload?.[0]?.payload as { long?: string } | undefined)?.long ?? String(_label)}
          formatter={(value) => [`${number.format(Number(value))} ${unit}`, ""]}
          separator=""
        />
        <Bar dataKey="value" fill={color} radius={[3, 3, 0, 0]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
