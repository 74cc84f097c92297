import "server-only";
import { PrismaClient } from "@/generated/prisma/client";
import { databaseUrl } from "./env";
import { adapterFor } from "./db-adapter";

// Counts queries per request for the benchmark (QUERY_COUNT=1); free otherwise.
export const queryCounter = { count: 0 };

function createClient() {
  const client = new PrismaClient({ adapter: adapterFor(databaseUrl()) });
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
