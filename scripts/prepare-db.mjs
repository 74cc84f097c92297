// Migrates the database (the embedded SQLite file, or PostgreSQL with its own migrations)
// and seeds the demo data (idempotent).
import { execSync } from "node:child_process";
import { mkdirSync } from "node:fs";

mkdirSync("data", { recursive: true });
const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "file:./data/cabinet.db" };
const isPostgres = /^postgres(ql)?:\/\//.test(env.DATABASE_URL);
execSync(isPostgres ? "node scripts/pg.mjs deploy" : "npx prisma migrate deploy", { stdio: ["ignore", "ignore", "inherit"], env });
// Write-ahead logging lets readers and a writer work at once (the journal mode is stored
// in the file, so setting it once is enough).
if (env.DATABASE_URL.startsWith("file:")) {
  const { default: Database } = await import("better-sqlite3");
  const sqlite = new Database(env.DATABASE_URL.replace(/^file:/, ""));
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
}
if (process.env.SKIP_SEED !== "1") execSync("npx tsx prisma/seed.ts", { stdio: "inherit", env });
