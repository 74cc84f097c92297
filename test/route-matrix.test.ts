import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROUTE_MATRIX } from "../e2e/fixtures/route-matrix";

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

// The access matrix (e2e/access-matrix.spec.ts) is generated from this table: every page
// and route handler of the route tree must be in it, with who may open it.
describe("the route matrix", () => {
  it("lists every page and route handler under app/, and nothing else", () => {
    const routes = walk("app")
      .filter((path) => /\/(page\.tsx|route\.ts)$/.test(path))
      .sort();
    expect(routes.length).toBeGreaterThan(40);
    expect(Object.keys(ROUTE_MATRIX).sort()).toEqual(routes);
  });
});
