import { describe, expect, it } from "vitest";
import { bucketsOf, isoWeekKey } from "./buckets";
import { parseUsageQuery } from "@/lib/schemas/statistics";

describe("statistics periods", () => {
  it("numbers ISO weeks by the year of their Thursday", () => {
    expect(isoWeekKey("2026-11-24")).toBe("2026-W48");
    expect(isoWeekKey("2021-01-03")).toBe("2020-W53");
    expect(isoWeekKey("2024-12-30")).toBe("2025-W01");
    expect(isoWeekKey("2026-01-01")).toBe("2026-W01");
    expect(isoWeekKey("2025-12-29")).toBe("2026-W01");
    expect(isoWeekKey("2025-12-28")).toBe("2025-W52");
  });

  it("cuts the first and last week and month to the period", () => {
    expect(bucketsOf("2025-12-31", "2026-01-13", "week")).toEqual([
      { key: "2026-W01", start: "2025-12-31", end: "2026-01-04" },
      { key: "2026-W02", start: "2026-01-05", end: "2026-01-11" },
      { key: "2026-W03", start: "2026-01-12", end: "2026-01-13" },
    ]);
    expect(bucketsOf("2026-01-15", "2026-03-02", "month")).toEqual([
      { key: "2026-01", start: "2026-01-15", end: "2026-01-31" },
      { key: "2026-02", start: "2026-02-01", end: "2026-02-28" },
      { key: "2026-03", start: "2026-03-01", end: "2026-03-02" },
    ]);
    expect(bucketsOf("2026-02-27", "2026-03-01", "day").map((b) => b.key)).toEqual(["2026-02-27", "2026-02-28", "2026-03-01"]);
  });

  it("defaults to the last 30 Almaty days by day, and refuses a bad or too long period", () => {
    // 20:00 UTC on 24 November is already 25 November in Almaty (UTC+5).
    const now = new Date("2026-11-24T20:00:00Z");
    expect(parseUsageQuery({}, now)).toEqual({ ok: true, query: { from: "2026-10-27", to: "2026-11-25", granularity: "day" } });
    expect(parseUsageQuery({ from: "2025-11-25", to: "2026-11-25", granularity: "month", service: "SIP" }, now)).toMatchObject({
      ok: true,
      query: { granularity: "month", service: "SIP" },
    });
    expect(parseUsageQuery({ from: "2025-11-24", to: "2026-11-25" }, now)).toMatchObject({ ok: false, fieldErrors: { to: "statistics.validation.tooLong" } });
    expect(parseUsageQuery({ from: "2026-11-25", to: "2026-11-01" }, now)).toMatchObject({ ok: false, fieldErrors: { to: "statistics.validation.order" } });
    expect(parseUsageQuery({ from: "2026-02-30" }, now)).toMatchObject({ ok: false, fieldErrors: { from: "statistics.validation.date" } });
    expect(parseUsageQuery({ granularity: "year" }, now)).toMatchObject({ ok: false, fieldErrors: { granularity: "statistics.validation.granularity" } });
    expect(parseUsageQuery({ service: "x'; drop" }, now)).toMatchObject({ ok: false, fieldErrors: { service: "statistics.validation.service" } });
  });
});

describe("calendar arithmetic", () => {
  it("agrees with Date on every day from 1999 to 2031", () => {
    const days = bucketsOf("1999-01-01", "2031-12-31", "day");
    expect(days).toHaveLength(12_053);
    for (const [i, b] of days.entries()) {
      expect(b.key).toBe(new Date(Date.UTC(1999, 0, 1 + i)).toISOString().slice(0, 10));
    }
    // Every ISO week has seven days except the cut ends.
    const weeks = bucketsOf("1999-01-04", "2031-12-28", "week");
    expect(weeks.every((w) => (Date.parse(w.end) - Date.parse(w.start)) / 86_400_000 === 6)).toBe(true);
    expect(weeks.filter((w) => w.key.endsWith("-W53")).map((w) => w.key.slice(0, 4))).toEqual(["2004", "2009", "2015", "2020", "2026"]);
  });
});
