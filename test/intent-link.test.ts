import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sourceFiles } from "./source-files";

// Every link of the app prefetches on intent only (components/ui/link.tsx): a next/link
// imported anywhere else would prefetch its dynamic page as soon as it scrolls into view.
const WRAPPER = join("components", "ui", "link.tsx");

describe("links", () => {
  it("come from the intent-prefetching wrapper, never straight from next/link", () => {
    const offenders = sourceFiles("app", "components")
      .filter((path) => path !== WRAPPER)
      .filter((path) => /from ["']next\/link["']/.test(readFileSync(path, "utf8")));
    expect(offenders).toEqual([]);
  });
});
