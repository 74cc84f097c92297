import "server-only";
import { createHash } from "node:crypto";
import { Prisma, PrismaClient } from "@/generated/prisma/client";
import { databaseUrl } from "./env";
import { ColumnTypeEnum, type ArgType, type ColumnType, type SqlResultSet } from "@prisma/driver-adapter-utils";
import { KeptAdapterFactory, adapterFor, createPrismaClient } from "./db-adapter";

// Counts SQL statements for the benchmark (QUERY_COUNT=1); free otherwise. Kept on
// globalThis: a production build bundles this module once per route, and the counter
// must be the same one the benchmark's route reads.
const globalForCounter = globalThis as unknown as { queryCounter?: { count: number } };
export const queryCounter = (globalForCounter.queryCounter ??= { count: 0 });

// One client, so one connection pool, per process, in production too: the build bundles
// this module once per route (see the counter above), and each copy made its own client;
// on PostgreSQL that was a pool of up to ten connections for every route a process served.
// The adapter factory is kept beside it for readRaw below.
const globalForDb = globalThis as unknown as { db?: PrismaClient; dbAdapter?: KeptAdapterFactory };

function createClient() {
  const adapter = (globalForDb.dbAdapter = new KeptAdapterFactory(adapterFor(databaseUrl())));
  // SQLite admits one writer at a time and these machines are small: transactions may
  // wait longer for their turn than Prisma's default 2 s, and run up to 20 s.
  const options = { transactionOptions: { maxWait: 10_000, timeout: 20_000 } };
  if (process.env.QUERY_COUNT !== "1") return createPrismaClient(databaseUrl(), options, adapter);
  // Every SQL statement sent to the database, not Prisma operations: one findMany with an
  // include is several statements.
  const client = createPrismaClient(databaseUrl(), { ...options, log: [{ emit: "event", level: "query" }] }, adapter) as PrismaClient<"query">;
  client.$on("query", () => {
    queryCounter.count += 1;
  });
  return client;
}

export const db: PrismaClient = (globalForDb.db ??= createClient());

export type Db = PrismaClient;

// One read statement sent straight to the driver adapter the client connected through (the
// same SQLite connection, the same PostgreSQL pool), outside any transaction. For the reads
// made on every request (the session, the memberships, the notice digest) and the pages'
// hot reads: `db.$queryRaw` spends ≈0.35 ms of the ORM's pipeline around each statement
// (serializing the query, compiling it to a plan in WebAssembly, interpreting the plan,
// converting the result twice), several times what SQLite takes to run it. The rows come
// back as `$queryRaw` gives them (Date, BigInt, Decimal, boolean by the column's type), and
// the benchmark's counter counts the statement; db-read-raw.test.ts compares them with
// $queryRaw's, and lookups.test.ts the shell's reads with the ORM's.
export async function readRaw<T extends unknown[]>(query: Prisma.Sql): Promise<T> {
  const factory = globalForDb.dbAdapter;
  if (!factory) throw new Error("readRaw: the client was not made by lib/db.ts");
  if (!factory.current) await db.$connect();
  const adapter = factory.current;
  if (!adapter) throw new Error("readRaw: the client did not connect");
  if (process.env.QUERY_COUNT === "1") queryCounter.count += 1;
  const onPostgres = adapter.provider === "postgres";
  const sql = onPostgres ? query.text : query.sql;
  const result = await adapter.queryRaw({
    sql,
    args: query.values,
    argTypes: query.values.map(argTypeOf),
    ...(onPostgres ? { preparedName: preparedNameOf(sql) } : {}),
  } as Parameters<typeof adapter.queryRaw>[0]);
  return rowsOf(result) as T;
}

// On PostgreSQL each of these statements is a named prepared statement of every connection
// that runs it (patches/@prisma+adapter-pg+6.19.3.patch): parsed once, and planned once
// after PostgreSQL's first five custom plans, where planning took 0.2–0.45 ms of the
// database's CPU a statement against 0.06–0.16 ms to run it. The name is the text's hash;
// the texts are the few that readRaw's callers write, so each connection keeps a few dozen.
// (The ORM's statements, of countless shapes, stay unnamed.)
const preparedNames = new Map<string, string>();

function preparedNameOf(sql: string): string {
  let name = preparedNames.get(sql);
  if (!name) {
    name = `r_${createHash("sha1").update(sql).digest("hex").slice(0, 24)}`;
    if (preparedNames.size >= 1000) preparedNames.clear();
    preparedNames.set(sql, name);
  }
  return name;
}

function argTypeOf(value: unknown): ArgType {
  if (Array.isArray(value)) return { ...argTypeOf(value.find((v) => v !== null) ?? null), arity: "list" };
  return { scalarType: scalarTypeOf(value), arity: "scalar" };
}

function scalarTypeOf(value: unknown): ArgType["scalarType"] {
  if (value === null || value === undefined) return "unknown";
  if (value instanceof Date) return "datetime";
  if (value instanceof Uint8Array) return "bytes";
  switch (typeof value) {
    case "bigint":
      return "bigint";
    case "boolean":
      return "boolean";
    case "number":
      return Number.isInteger(value) ? "int" : "float";
    default:
      return "string";
  }
}

// What the client's $queryRaw makes of an adapter's value (Prisma 6.19's serializeRawSql
// and deserializeRawResult, one after the other).
function valueOf(value: unknown, type: ColumnType): unknown {
  if (value === null || value === undefined) return null;
  switch (type) {
    case ColumnTypeEnum.Int32:
      return Math.trunc(Number(value));
    case ColumnTypeEnum.Int64:
      return BigInt(typeof value === "number" ? Math.trunc(value) : (value as string));
    case ColumnTypeEnum.Numeric:
      return new Prisma.Decimal(value as string);
    case ColumnTypeEnum.Boolean:
      return typeof value === "boolean" ? value : value === 1 || value === "1" || value === "true";
    case ColumnTypeEnum.DateTime:
    case ColumnTypeEnum.Date:
      return new Date(value as string);
    case ColumnTypeEnum.Time:
      return new Date(`1970-01-01T${value}Z`);
    case ColumnTypeEnum.Json:
      return JSON.parse(value as string);
    case ColumnTypeEnum.Bytes:
      return new Uint8Array(value as number[]);
    default:
      if (type >= ColumnTypeEnum.Int32Array && type < ColumnTypeEnum.UnknownNumber && Array.isArray(value)) {
        return value.map((v) => valueOf(v, (type - ColumnTypeEnum.Int32Array) as ColumnType));
      }
      return value;
  }
}

function rowsOf({ columnNames, columnTypes, rows }: SqlResultSet): Record<string, unknown>[] {
  return rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (let i = 0; i < columnNames.length; i++) record[columnNames[i]] = valueOf(row[i], columnTypes[i]);
    return record;
  });
}
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
