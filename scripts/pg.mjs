// PostgreSQL, the production target. The SQLite schema is the one source of truth;
// prisma/postgres/ holds its PostgreSQL twin and that twin's own migrations.
//   node scripts/pg.mjs schema     rewrite prisma/postgres/schema.prisma from prisma/schema.prisma
//   node scripts/pg.mjs migration  diff the committed twin against the new one into a migration (needs DATABASE_URL)
//   node scripts/pg.mjs generate   generate the PostgreSQL client into generated/prisma-pg (npm install does it)
//   node scripts/pg.mjs deploy     apply prisma/postgres/migrations to DATABASE_URL
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TWIN, twinOf } from "./pg-twin.mjs";

const CONFIG = "prisma.postgres.config.ts";
const run = (args, options = {}) => execFileSync("npx", ["prisma", ...args, "--config", CONFIG], { stdio: "inherit", ...options });

const command = process.argv[2];
if (command === "schema") {
  writeFileSync(TWIN, twinOf(readFileSync("prisma/schema.prisma", "utf8")));
  console.log(`Wrote ${TWIN}`);
} else if (command === "migration") {
  const dir = mkdtempSync(join(tmpdir(), "pg-"));
  const previous = join(dir, "previous.prisma");
  const empty = 'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}\n';
  let before = empty;
  try {
    before = execFileSync("git", ["show", `HEAD:${TWIN}`], { encoding: "utf8" });
  } catch {}
  writeFileSync(previous, before);
  const sql = execFileSync(
    "npx",
    ["prisma", "migrate", "diff", "--config", CONFIG, "--from-schema-datamodel", previous, "--to-schema-datamodel", TWIN, "--script"],
    { encoding: "utf8" },
  );
  if (!sql.trim() || sql.includes("empty migration")) {
    console.log("No change.");
  } else {
    const target = join("prisma/postgres/migrations", `${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}_${process.argv[3] ?? "change"}`);
    mkdirSync(target, { recursive: true });
    writeFileSync(join(target, "migration.sql"), sql);
    if (!existsSync("prisma/postgres/migrations/migration_lock.toml")) {
      writeFileSync("prisma/postgres/migrations/migration_lock.toml", 'provider = "postgresql"\n');
    }
    console.log(`Wrote ${target}/migration.sql`);
  }
} else if (command === "generate") {
  // Generating reads no database, but the schema names env("DATABASE_URL") and the CLI
  // falls back to downloading an engine when the variable is missing.
  run(["generate"], { env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://generate@127.0.0.1/none" } });
} else if (command === "deploy") {
  run(["migrate", "deploy"]);
} else {
  console.error("usage: node scripts/pg.mjs schema|migration [name]|generate|deploy");
  process.exit(2);
}
