"use client";

import { useState, useSyncExternalStore } from "react";
import { chartTicks, labelEvery } from "./chart-scale";
import { numberFormat } from "@/lib/intl-cache";
import { usageNumber } from "./usage-number";

export type TUsageSeries = {
  code: string;
  title: string; // already translated: "Usage chart: Internet, GB"
  unit: string;
  values: number[]; // one per period, in the order of `labels`
};

const COLORS = ["#1a64e0", "#0f9f6e", "#d97706", "#7c3aed", "#db2777"];

const percentOf = (value: number, top: number) => `${Math.min(100, Math.max(0, (value / top) * 100))}%`;

// True in the browser once the page is hydrated, false on the server and while hydrating.
const noSubscription = () => () => {};
const useIsBrowser = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

// The bars of one chart, and one tip for the bar under the pointer: its period and figure
// (one element made when needed, not a hidden one per bar).
function Bars({ values, top, color, tip }: { values: number[]; top: number; color: string; tip: (k: number) => string }) {
  const [hovered, setHovered] = useState<number | null>(null);
  const onPointerMove = (event: React.PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const k = Math.floor(((event.clientX - box.left) / box.width) * values.length);
    setHovered(Math.min(values.length - 1, Math.max(0, k)));
  };
  const share = (n: number) => `${(n / values.length) * 100}%`;
  return (
    <div className="absolute inset-0 flex items-end gap-px" onPointerMove={onPointerMove} onPointerLeave={() => setHovered(null)}>
      {values.map((value, k) => (
        <div key={k} className="flex h-full min-w-0 flex-1 items-end hover:bg-brand-50" data-testid="usage-bar">
          <div className="w-full rounded-t-[3px]" style={{ height: percentOf(value, top), backgroundColor: color }} />
        </div>
      ))}
      {hovered !== null && (
        <div
          className="pointer-events-none absolute top-0 z-10 whitespace-nowrap rounded-md bg-slate-900 px-2 py-1 text-xs text-white shadow"
          style={hovered < values.length / 2 ? { left: share(hovered) } : { right: share(values.length - hovered - 1) }}
          data-testid="usage-bar-tip"
        >
          {tip(hovered)}
        </div>
      )}
    </div>
  );
}

// One bar chart per service: their units differ (GB, minutes, vCPU-hours), so they do not
// share an axis. Plain HTML and CSS, no chart library: bars are a column's share of the
// axis's round top (chart-scale.ts), the grid lines and their figures sit at the ticks,
// about eight period labels run under the bars, and the pointer over a bar shows its period
// and figure. The server renders each chart's frame and title; the browser draws the bars
// from the figures the page carries once (a year of weeks for five services is a thousand
// elements, which would cost the server more than the rest of the page). The table under the
// charts carries the same figures for screen readers, to whom each chart is one image with
// its title.
export function UsageChart({ labels, tooltips, series, numberLocale }: { labels: string[]; tooltips: string[]; series: TUsageSeries[]; numberLocale: string }) {
  const isBrowser = useIsBrowser();
  const number = usageNumber(numberLocale);
  const compact = numberFormat(numberLocale, { notation: "compact", maximumFractionDigits: 1 });
  const every = labelEvery(labels.length);
  // A label spans the `every` bars from its own; a last group too short for one stays blank.
  const labelled = labels.map((_, k) => k).filter((k) => k % every === 0 && (k + every <= labels.length || k === 0));
  return (
    <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
      {series.map((s, i) => {
        const ticks = chartTicks(Math.max(0, ...s.values));
        const top = ticks[ticks.length - 1];
        const color = COLORS[i % COLORS.length];
        return (
          <figure
            key={s.code}
            className="render-when-visible rounded-xl bg-white p-3 shadow-sm ring-1 ring-slate-200 sm:p-4"
            data-testid="usage-chart"
            data-service={s.code}
          >
            <figcaption className="mb-3 text-sm font-medium text-slate-800">{s.title}</figcaption>
            <div role="img" aria-label={s.title} className="flex h-56 w-full min-w-0 text-[11px] text-slate-600">
              {isBrowser && (
                <>
                  <div aria-hidden="true" className="relative mb-5 w-11 shrink-0">
                    {ticks.map((tick) => (
                      <span key={tick} className="absolute right-1.5 translate-y-1/2 tabular-nums" style={{ bottom: percentOf(tick, top) }}>
                        {compact.format(tick)}
                      </span>
                    ))}
                  </div>
                  <div aria-hidden="true" className="relative min-w-0 flex-1">
                    <div className="absolute inset-x-0 bottom-5 top-0 border-b border-slate-300">
                      {ticks.slice(1).map((tick) => (
                        <div key={tick} className="absolute inset-x-0 border-t border-dashed border-slate-200" style={{ bottom: percentOf(tick, top) }} />
                      ))}
                      <Bars values={s.values} top={top} color={color} tip={(k) => `${tooltips[k]}: ${number.format(s.values[k])} ${s.unit}`} />
                    </div>
                    <div className="absolute inset-x-0 bottom-0 flex h-5 items-end overflow-hidden">
                      {labelled.map((k) => (
                        <span key={k} className="truncate pl-px" style={{ width: `${(Math.min(every, labels.length) / labels.length) * 100}%` }}>
                          {labels[k]}
                        </span>
                      ))}
                    </div>
                  </div>
                </>
              )}
            </div>
          </figure>
        );
      })}
    </div>
  );
}
