import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

describe("the one CSV writer", () => {
  it("quotes separators and quotes, neutralises formulas, keeps numbers as numbers", () => {
    const csv = toCsv(
      [
        ["a;b", 'say "hi"', "=HYPERLINK(1)", null, 5],
        ["-1", "+7 701", "@x", "plain", ""],
        ["\tx", " padded", "line\nbreak", -3, undefined],
      ],
      { delimiter: ";" },
    );
    expect(csv).toBe('\uFEFF"a;b";"say ""hi""";\'=HYPERLINK(1);;5\r\n\'-1;\'+7 701;\'@x;plain;\r\n\'\tx;" padded";"line\nbreak";-3;\r\n');
    expect(toCsv([["a,b", "=1+2", 1.5]], { formatNumber: (n) => n.toFixed(3) })).toBe('\uFEFF"a,b",\'=1+2,1.500\r\n');
  });

  it("is what every CSV export writes with", () => {
    const exports = walk("app").filter((path) => /route\.tsx?$/.test(path) && /"text\/csv; charset/.test(readFileSync(path, "utf8")));
    expect(exports.length).toBeGreaterThanOrEqual(2);
    const writers = [...walk("lib"), ...walk("app")].filter((path) => !/\.test\.tsx?$/.test(path) && path !== join("lib", "csv.ts"));
    for (const path of exports) {
      const source = readFileSync(path, "utf8");
      const viaWriter = writers.filter((w) => source.includes(w.replace(/\.tsx?$/, "").replace(/^/, "@/")) && readFileSync(w, "utf8").includes('from "@/lib/csv"'));
      expect(source.includes('from "@/lib/csv"') || viaWriter.length > 0, `${path} writes its CSV with lib/csv.ts`).toBe(true);
    }
    // No other code quotes CSV fields by hand.
    const handmade = writers.filter((path) => /replace\(\/"\/g, '""'\)/.test(readFileSync(path, "utf8")));
    expect(handmade).toEqual([]);
  });
});
