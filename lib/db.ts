import "server-only";
import { Prisma, PrismaClient } from "@/generated/prisma/client";
import { databaseUrl } from "./env";
import { createPrismaClient } from "./db-adapter";

// Counts SQL statements for the benchmark (QUERY_COUNT=1); free otherwise. Kept on
// globalThis: a production build bundles this module once per route, and the counter
// must be the same one the benchmark's route reads.
const globalForCounter = globalThis as unknown as { queryCounter?: { count: number } };
export const queryCounter = (globalForCounter.queryCounter ??= { count: 0 });

function createClient() {
  // SQLite admits one writer at a time and these machines are small: transactions may
  // wait longer for their turn than Prisma's default 2 s, and run up to 20 s.
  const options = { transactionOptions: { maxWait: 10_000, timeout: 20_000 } };
  if (process.env.QUERY_COUNT !== "1") return createPrismaClient(databaseUrl(), options);
  // Every SQL statement sent to the database, not Prisma operations: one findMany with an
  // include is several statements.
  const client = createPrismaClient(databaseUrl(), { ...options, log: [{ emit: "event", level: "query" }] }) as PrismaClient<"query">;
  client.$on("query", () => {
    queryCounter.count += 1;
  });
  return client;
}

// One client, so one connection pool, per process, in production too: the build bundles
// this module once per route (see the counter above), and each copy made its own client;
// on PostgreSQL that was a pool of up to ten connections for every route a process served.
const globalForDb = globalThis as unknown as { db?: PrismaClient };

export const db: PrismaClient = (globalForDb.db ??= createClient());

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

// Makes a transaction that reads before it writes take the write lock first. SQLite starts
// transactions deferred: one that has read cannot wait for another writer and fails at
// once with SQLITE_BUSY; one that writes first waits its turn. A no-op on PostgreSQL.
export async function takeWriteLock(tx: Tx): Promise<void> {
  await tx.$executeRaw`UPDATE "ContractSequence" SET "lastValue" = "lastValue" WHERE "id" = '__write_lock__'`;
}

// A list of a model's columns, for SQL written by hand (`u."id", u."email", …`) and for the
// ORM's select, so that a raw read and its ORM twin in a test name the same columns.
export function sqlColumns(alias: string, columns: readonly string[]): Prisma.Sql {
  return Prisma.raw(columns.map((c) => `${alias}."${c}"`).join(", "));
}

export function selectOf<K extends string>(columns: readonly K[]): Record<K, true> {
  return Object.fromEntries(columns.map((c) => [c, true])) as Record<K, true>;
}
