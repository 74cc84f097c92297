import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

// The driver adapter for a database URL: the embedded SQLite file by default, PostgreSQL
// in production (the client must then be generated from prisma/postgres/schema.prisma:
// `node scripts/pg.mjs generate`).
export function adapterFor(url: string) {
  return /^postgres(ql)?:\/\//.test(url) ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url });
}
