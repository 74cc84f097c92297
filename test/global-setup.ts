import { createPrismaClient } from "../lib/db-adapter";
import { freshDatabase, isPostgresRun } from "../scripts/test-database.mjs";

// Unit tests run against their own database, migrated fresh for every run: the SQLite file
// data/unit_test.db, or with TEST_DATABASE=postgres the database unit_test on the local
// PostgreSQL (scripts/postgres-setup.sh). The workers read its URL from TEST_DATABASE_URL.
export default async function setup() {
  // An empty migrated database for the tests that seed one of their own (prisma/seed): they
  // copy it (a PostgreSQL template).
  await freshDatabase("unit_empty");
  const url: string = await freshDatabase("unit_test");
  process.env.TEST_DATABASE_URL = url;
  if (!isPostgresRun()) {
    // WAL, so the test workers' transactions do not refuse each other with SQLITE_BUSY.
    const Database = (await import("better-sqlite3")).default;
    const sqlite = new Database(url.replace(/^file:/, ""));
    sqlite.pragma("journal_mode = WAL");
    sqlite.close();
  }
  // Reference rows many test files upsert: present before the workers start, so two
  // workers never race to create the same unique row.
  const db = createPrismaClient(url);
  await db.vatRate.createMany({
    data: [
      { id: "vat-2009", rateBp: 1200, validFrom: new Date("2009-01-01T00:00:00.000Z") },
      { id: "vat-2026", rateBp: 1600, validFrom: new Date("2026-01-01T00:00:00.000Z") },
    ],
  });
  await db.$disconnect();
}
