// The value axis of a usage chart: from 0 to a round top a little above the largest value,
// in `steps` equal steps of 1, 2, 2.5 or 5 × 10ⁿ (0, 25, 50, 75, 100 rather than 0, 23.4,
// 46.8…), so the grid lines carry figures a person can read. A chart of zeros gets 0 to 1.
export function chartTicks(max: number, steps = 4): number[] {
  if (!Number.isFinite(max) || max <= 0) return Array.from({ length: steps + 1 }, (_, i) => i / steps);
  const rough = max / steps;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough * (1 - 1e-12)) ?? 10 * power;
  const count = Math.ceil(max / step - 1e-9);
  // toPrecision(12) drops the float dust of 0.1 × 3.
  return Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

// Which bars get a label under them: every `every`-th from the first, so that about `most`
// labels fit under the chart whatever the period (30 days, 53 weeks, 12 months).
export function labelEvery(count: number, most = 8): number {
  return Math.max(1, Math.ceil(count / most));
}
