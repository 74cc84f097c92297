import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sourceFiles } from "./source-files";

// Every link of the app comes from components/ui/link.tsx, which does not prefetch: a
// next/link imported anywhere else would prefetch its dynamic page as soon as it scrolls
// into view.
const WRAPPER = join("components", "ui", "link.tsx");

describe("links", () => {
  it("come from the wrapper that does not prefetch, never straight from next/link", () => {
    const offenders = sourceFiles("app", "components")
      .filter((path) => path !== WRAPPER)
      .filter((path) => /from ["']next\/link["']/.test(readFileSync(path, "utf8")));
    expect(offenders).toEqual([]);
  });
});
