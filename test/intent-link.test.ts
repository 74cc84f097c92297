import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Every link of the app prefetches on intent only (components/ui/link.tsx): a next/link
// imported anywhere else would prefetch its dynamic page as soon as it scrolls into view.
const ROOTS = ["app", "components"];
const WRAPPER = join("components", "ui", "link.tsx");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe("links", () => {
  it("come from the intent-prefetching wrapper, never straight from next/link", () => {
    const offenders = ROOTS.flatMap(sources)
      .filter((path) => path !== WRAPPER)
      .filter((path) => /from ["']next\/link["']/.test(readFileSync(path, "utf8")));
    expect(offenders).toEqual([]);
  });
});
