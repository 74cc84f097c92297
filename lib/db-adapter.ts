import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "../generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "../generated/prisma-pg/client";
import { isPostgresUrl } from "./env";

// The driver adapter for a database URL: the embedded SQLite file by default, PostgreSQL
// in production. SQLite lets one writer in at a time: a statement waits up to 20 s for its
// turn (better-sqlite3's busy timeout) rather than 5.
export function adapterFor(url: string): SqlDriverAdapterFactory {
  return isPostgresUrl(url) ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url, timeout: 20_000 });
}

// A driver adapter factory that keeps the adapter the client connected through, so that
// the hot reads of lib/db.ts (readRaw) can send their one statement to the same SQLite
// connection or PostgreSQL pool without the ORM's query pipeline. `current` is null until
// the client connects and again once it has disconnected.
export class KeptAdapterFactory implements SqlDriverAdapterFactory {
  readonly provider: SqlDriverAdapterFactory["provider"];
  readonly adapterName: string;
  current: SqlDriverAdapter | null = null;

  constructor(private readonly inner: SqlDriverAdapterFactory) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.inner.connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      if (this.current === adapter) this.current = null;
      await dispose();
    };
    this.current = adapter;
    return adapter;
  }
}

type TClientOptions = Omit<ConstructorParameters<typeof PrismaClient>[0], "adapter">;

// One build serves either database: the client generated from prisma/schema.prisma for the
// embedded SQLite file, its twin from prisma/postgres/schema.prisma (generated/prisma-pg)
// for PostgreSQL. They have the same models and types, one being generated from the other;
// they differ in the query compiler each carries. The app (lib/db.ts), the seed and the
// end-to-end fixtures all build their client here.
export function createPrismaClient(url: string, options: TClientOptions = {}, adapter: SqlDriverAdapterFactory = adapterFor(url)): PrismaClient {
  const Client = isPostgresUrl(url) ? (PostgresPrismaClient as unknown as typeof PrismaClient) : PrismaClient;
  return new Client({ ...options, adapter });
}
