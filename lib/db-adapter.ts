import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { isPostgresUrl } from "./env";

// The driver adapter for a database URL: the embedded SQLite file by default, PostgreSQL
// in production (the client must then be generated from prisma/postgres/schema.prisma:
// `node scripts/pg.mjs generate`). SQLite lets one writer in at a time: a statement waits
// up to 20 s for its turn (better-sqlite3's busy timeout) rather than 5.
export function adapterFor(url: string) {
  return isPostgresUrl(url) ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url, timeout: 20_000 });
}
