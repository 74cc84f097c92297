import { describe, expect, it } from "vitest";
import { chartTicks, labelEvery } from "./chart-scale";

describe("chartTicks", () => {
  it("goes from 0 to a round top at or above the largest value, in round steps", () => {
    expect(chartTicks(100)).toEqual([0, 25, 50, 75, 100]);
    expect(chartTicks(105)).toEqual([0, 50, 100, 150]);
    expect(chartTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(chartTicks(0.3)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(chartTicks(12_345)).toEqual([0, 5000, 10_000, 15_000]);
  });

  it("never puts the top below the largest value, and keeps its steps equal", () => {
    for (const max of [0.001, 0.7, 1, 3, 9.99, 10, 11, 99.5, 1234, 5e6, 123_456.789]) {
      const ticks = chartTicks(max);
      expect(ticks[0]).toBe(0);
      expect(ticks.at(-1)!).toBeGreaterThanOrEqual(max);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(ticks.length).toBeLessThanOrEqual(6);
      const step = ticks[1];
      ticks.forEach((tick, i) => expect(tick).toBeCloseTo(i * step, 9));
    }
  });

  it("gives a chart of zeros an axis from 0 to 1", () => {
    expect(chartTicks(0)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(chartTicks(Number.NaN)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});

describe("labelEvery", () => {
  it("labels about eight bars whatever the period", () => {
    expect(labelEvery(7)).toBe(1);
    expect(labelEvery(30)).toBe(4);
    expect(labelEvery(53)).toBe(7);
    expect(labelEvery(12)).toBe(2);
    expect(labelEvery(0)).toBe(1);
  });
});
