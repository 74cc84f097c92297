"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";

// recharts is the largest library of the cabinet (about 115 KB of gzip): it is loaded after
// the page, only here, and only once a chart comes near the screen, so that no page ships it
// in its first load. The figure's frame, title
// and label are in the HTML at once; the bars draw in it when the chunk arrives (the table
// under the charts carries the same figures meanwhile).
const placeholder = <div className="h-full w-full animate-pulse rounded bg-slate-50" />;
const UsageBars = dynamic(() => import("./usage-bars").then((m) => m.UsageBars), {
  ssr: false,
  loading: () => placeholder,
});

// A chart is drawn when its frame comes near the screen, not before: drawing four charts of
// a month's bars is the page's longest work in the browser, and on a phone they lie below
// the summary. Until then (and where there is no IntersectionObserver, at once) the frame
// holds the placeholder; the chunk of recharts is fetched with the first chart drawn.
function WhenNearScreen({ children }: { children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [isNear, setIsNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === "undefined") {
      setIsNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setIsNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: "200px 0px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className="h-full w-full">
      {isNear ? children : placeholder}
    </div>
  );
}

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
export function UsageChart({ labels, tooltips, series, numberLocale }: { labels: string[]; tooltips: string[]; series: TUsageSeries[]; numberLocale: string }) {
  return (
    <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
      {series.map((s, i) => (
        <figure key={s.code} className="rounded-xl bg-white p-3 shadow-sm ring-1 ring-slate-200 sm:p-4" data-testid="usage-chart" data-service={s.code}>
          <figcaption className="mb-2 text-sm font-medium text-slate-800">{s.title}</figcaption>
          <div role="img" aria-label={s.title} className="h-56 w-full min-w-0">
            <WhenNearScreen>
              <UsageBars
                data={s.values.map((value, k) => ({
                  label: labels[k],
                  long: tooltips[k],
                  value,
                }))}
                color={COLORS[i % COLORS.length]}
                unit={s.unit}
                numberLocale={numberLocale}
              />
            </WhenNearScreen>
          </div>
        </figure>
      ))}
    </div>
  );
}
