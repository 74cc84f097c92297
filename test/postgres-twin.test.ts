import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TWIN, twinOf } from "../scripts/pg-twin.mjs";

// prisma/schema.prisma is the one source of the data model; the PostgreSQL twin is made from
// it by `node scripts/pg.mjs schema`. A schema change without its twin fails here (and the
// twin's migrations are proven by the unit and end-to-end suites running on PostgreSQL).
describe("the PostgreSQL schema", () => {
  it("is what scripts/pg.mjs makes of prisma/schema.prisma", () => {
    const expected = twinOf(readFileSync("prisma/schema.prisma", "utf8"));
    expect(readFileSync(TWIN, "utf8") === expected, "prisma/postgres/schema.prisma is stale: run node scripts/pg.mjs schema, then node scripts/pg.mjs migration <name>").toBe(true);
  });

  it("differs from it only in the provider, the URL and the client's folder", () => {
    const twin = readFileSync(TWIN, "utf8");
    expect(twin).toContain('provider = "postgresql"');
    expect(twin).toContain('output     = "../../generated/prisma-pg"');
    expect(twin).not.toMatch(/@db\.|mode:\s*"insensitive"|\benum\s+\w+\s*\{/);
  });
});
