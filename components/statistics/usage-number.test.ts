import { describe, expect, it } from "vitest";
import { intlLocaleOf } from "@/lib/money";
import { usageNumber } from "./usage-number";

describe("usageNumber", () => {
  it("rounds a GB-month volume the same for the summary (app locale) and the chart (Intl locale)", () => {
    const volume = 116.12949;
    for (const locale of ["ru", "kk", "en"] as const) {
      expect(usageNumber(locale).format(volume)).toBe(usageNumber(intlLocaleOf(locale)).format(volume));
    }
    expect(usageNumber("en").format(volume)).toBe("116.129");
    expect(usageNumber("en").format(105)).toBe("105");
  });
});
