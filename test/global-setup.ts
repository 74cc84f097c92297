import { execSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
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
  // WAL, so the two test workers' transactions do not refuse each other with SQLITE_BUSY.
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
}
