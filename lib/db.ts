import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { databaseUrl } from "./env";

// Counts queries per request for the benchmark (QUERY_COUNT=1); free otherwise. Kept on
// globalThis: a production build bundles this module once per route, and the counter
// must be the same one the benchmark's route reads.
const globalForCounter = globalThis as unknown as { queryCounter?: { count: number } };
export const queryCounter = (globalForCounter.queryCounter ??= { count: 0 });

function createClient() {
  const adapter = new PrismaBetterSQLite3({ url: databaseUrl() });
  const client = new PrismaClient({ adapter });
  if (process.env.QUERY_COUNT === "1") {
    return client.$extends({
      query: {
        async $allOperations({ args, query }) {
          queryCounter.count += 1;
          return query(args);
        },
      },
    }) as unknown as PrismaClient;
  }
  return client;
}

const globalForDb = globalThis as unknown as { db?: PrismaClient };

export const db: PrismaClient = globalForDb.db ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.db = db;

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
