import { execSync } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import Database from "better-sqlite3";

// Unit tests run against their own SQLite file, migrated fresh for every run.
export default function setup() {
  const file = "data/unit-test.db";
  mkdirSync("data", { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
  execSync("npx prisma migrate deploy", {
    env: { ...process.env, DATABASE_URL: `file:./${file}` },
    stdio: ["ignore", "ignore", "inherit"],
  });
  // An empty migrated copy for the tests that seed a database of their own (prisma/seed).
  copyFileSync(file, "data/unit-empty.db");
  // WAL, so the two test workers' transactions do not refuse each other with SQLITE_BUSY.
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  // Reference rows many test files upsert: present before the workers start, so two
  // workers never race to create the same unique row. (The text format is the Prisma
  // SQLite adapter's own, so date comparisons match.)
  const vat = sqlite.prepare('INSERT INTO "VatRate" ("id", "rateBp", "validFrom") VALUES (?, ?, ?)');
  vat.run("vat-2009", 1200, "2009-01-01T00:00:00.000+00:00");
  vat.run("vat-2026", 1600, "2026-01-01T00:00:00.000+00:00");
  sqlite.close();
}
