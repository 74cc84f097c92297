import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sourceFiles } from "./source-files";

// One clock (lib/clock.ts) for the code, the seed and the tests: nothing else reads the system
// time, so a test can pin "now" and CI can move it (faketime) without a second source of truth.
const ROOTS = ["app", "components", "emails", "lib", "prisma", "e2e", "test"];
const SYSTEM_TIME = /new Date\(\)|Date\.now\(\)/;

describe("the one clock", () => {
  it("is the only reader of the system time", () => {
    const offenders = sourceFiles(...ROOTS)
      .filter((path) => path !== join("lib", "clock.ts") && path !== join("test", "one-clock.test.ts"))
      .filter((path) => SYSTEM_TIME.test(readFileSync(path, "utf8")));
    expect(offenders).toEqual([]);
  });
});
