// The large database on PostgreSQL for `BENCH_DB=postgres npm run bench`: the very rows of
// data/large.db (prisma/seed-large.ts), copied into a freshly migrated PostgreSQL database,
// so that both benchmarks read the same data and there is one generator only.
//
//   PG_URL=postgresql://cabinet:cabinet@127.0.0.1:5432 npx tsx prisma/seed-large-postgres.ts [name]
//
// PG_URL is the server's address without a database (scripts/postgres-setup.sh prints it);
// the database is `bench_large` unless named. Skips when that database exists and its
// comment names the current data/large.db (its size and modification time), after applying
// any migration it lacks; otherwise builds it again.
//
// The copy: the migrations make the tables; foreign keys and secondary indexes are dropped,
// every table is copied in one transaction, 10,000 rows a statement as one array per column
// (INSERT … SELECT FROM unnest($1::text[], $2::timestamp(3)[], …)), the indexes and keys are
// made again over the full tables, and VACUUM ANALYZE leaves the statistics and the
// visibility map a long-running database would have. Values are converted to the column
// types of the PostgreSQL twin: the Prisma SQLite adapter stores a DateTime as text
// ('2026-11-24T21:24:01.150+00:00', UTC) and a Boolean as 0/1; timestamp(3) takes the UTC
// wall time. The database is built under a temporary name and renamed at the end, so a
// crash never leaves a half-copied database that the next run would take for a finished one.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import Database from "better-sqlite3";
import pg from "pg";

const SOURCE = "data/large.db";
const BATCH = 10_000;
const JOBS = 2; // connections copying tables side by side (the machine has 2 cores)

const name = process.argv[2] ?? process.env.BENCH_PG_DATABASE ?? "bench_large";
const building = `${name}_building`;

function urlOf(database: string): string {
  const url = new URL(process.env.PG_URL ?? "postgresql://cabinet:cabinet@127.0.0.1:5432");
  url.pathname = `/${database}`;
  return url.toString();
}
const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

async function withClient<T>(database: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: urlOf(database) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// The SQLite file this copy is of: a copy made from another build of it is stale.
function sourceStamp(): string {
  const stat = statSync(SOURCE);
  return `copy of ${SOURCE}: ${stat.size} bytes, modified ${new Date(stat.mtimeMs).toISOString()}`;
}

const deploy = (database: string) =>
  execFileSync("node", ["scripts/pg.mjs", "deploy"], { env: { ...process.env, DATABASE_URL: urlOf(database) }, stdio: ["ignore", "ignore", "inherit"] });

// Whether `name` is a finished copy of the current SQLite file; applies missing migrations.
async function isCurrent(): Promise<boolean> {
  const found = await withClient("postgres", (client) =>
    client.query<{ comment: string | null }>(`SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`, [name]),
  );
  if (found.rowCount === 0 || found.rows[0].comment !== sourceStamp()) return false;
  const applied = await withClient(name, (client) => client.query<{ migration_name: string }>(`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL`));
  const done = new Set(applied.rows.map((r) => r.migration_name));
  const pending = readdirSync("prisma/postgres/migrations").filter((entry) => existsSync(`prisma/postgres/migrations/${entry}/migration.sql`) && !done.has(entry));
  if (pending.length) {
    console.log(`${name}: applying ${pending.join(", ")}`);
    deploy(name);
  }
  return true;
}

type TColumn = { name: string; type: string };
type TConvert = (value: unknown) => unknown;

// '2026-11-24T21:24:01.150+00:00' → '2026-11-24 21:24:01.150' (UTC): timestamp(3) keeps no zone
// and PostgreSQL would silently drop any offset left in the literal.
const UTC_TEXT = /^(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d:\d\d(?:\.\d+)?)(?:Z|\+00:?00)?$/;
function toTimestamp(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "bigint") return new Date(Number(value)).toISOString().replace("T", " ").replace("Z", "");
  const text = String(value);
  const utc = UTC_TEXT.exec(text);
  if (utc) return `${utc[1]} ${utc[2]}`;
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw new Error(`Not a date: ${text}`);
  return date.toISOString().replace("T", " ").replace("Z", "");
}

function converterFor(type: string): TConvert {
  if (type.startsWith("timestamp")) return toTimestamp;
  if (type === "boolean") return (v) => (v === null || v === undefined ? null : v === 1 || v === 1n || v === true || v === "true" || v === "1");
  if (type === "text" || type.startsWith("character")) return (v) => (v === null || v === undefined ? null : String(v));
  if (type === "bytea") return (v) => (v === null || v === undefined ? null : `\\x${Buffer.from(v as Uint8Array).toString("hex")}`);
  return (v) => (v === undefined ? null : v);
}

async function copyTable(client: pg.Client, table: string): Promise<number> {
  // A connection of its own: better-sqlite3 runs nothing else on a connection while it iterates.
  const sqlite = new Database(SOURCE, { readonly: true });
  try {
    return await copyRows(client, sqlite, table);
  } finally {
    sqlite.close();
  }
}

async function copyRows(client: pg.Client, sqlite: Database.Database, table: string): Promise<number> {
  const target = await client.query<TColumn>(
    `SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_attribute
     WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
    [quote(table)],
  );
  const sourceColumns = new Set((sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as Array<{ name: string }>).map((r) => r.name));
  if (sourceColumns.size === 0) {
    console.log(`  ${table}: not in ${SOURCE}, left empty`);
    return 0;
  }
  const columns = target.rows.filter((c) => sourceColumns.has(c.name));
  const missing = target.rows.filter((c) => !sourceColumns.has(c.name)).map((c) => c.name);
  if (missing.length) console.log(`  ${table}: ${missing.join(", ")} not in ${SOURCE}, left to their defaults`);
  const convert = columns.map((c) => converterFor(c.type));
  const insert = `INSERT INTO ${quote(table)} (${columns.map((c) => quote(c.name)).join(", ")})
    SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(", ")})`;
  const rows = sqlite.prepare(`SELECT ${columns.map((c) => quote(c.name)).join(", ")} FROM ${quote(table)}`).raw(true);

  let count = 0;
  let arrays: unknown[][] = columns.map(() => []);
  let inFlight: Promise<unknown> | null = null;
  // While PostgreSQL inserts one batch, the next is read and converted here.
  const flush = async () => {
    if (arrays[0].length === 0) return;
    const values = arrays;
    arrays = columns.map(() => []);
    if (inFlight) await inFlight;
    inFlight = client.query(insert, values);
  };
  await client.query("BEGIN");
  for (const row of rows.iterate() as Iterable<unknown[]>) {
    for (let i = 0; i < columns.length; i += 1) arrays[i].push(convert[i](row[i]));
    count += 1;
    if (count % BATCH === 0) await flush();
  }
  await flush();
  if (inFlight) await inFlight;
  await client.query("COMMIT");
  return count;
}

// Runs tasks on `jobs` connections to `database`, each task on whichever is free.
async function onConnections<T>(database: string, tasks: T[], jobs: number, work: (client: pg.Client, task: T) => Promise<void>) {
  const queue = [...tasks];
  await Promise.all(
    Array.from({ length: Math.min(jobs, queue.length) }, () =>
      withClient(database, async (client) => {
        await client.query(`SET maintenance_work_mem = '256MB'`);
        for (let task = queue.shift(); task !== undefined; task = queue.shift()) await work(client, task);
      }),
    ),
  );
}

async function build() {
  const started = performance.now();
  const stamp = sourceStamp();
  await withClient("postgres", async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quote(building)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quote(building)}`);
  });
  deploy(building);

  const sqlite = new Database(SOURCE, { readonly: true });
  const sizes = new Map<string, number>();
  for (const { name: table } of sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as Array<{ name: string }>) {
    sizes.set(table, (sqlite.prepare(`SELECT max(rowid) AS n FROM ${quote(table)}`).get() as { n: number | null }).n ?? 0);
  }

  // The keys and indexes are dropped and made again after the copy: building an index over
  // a full table is several times faster than keeping it up to date row by row.
  const { tables, foreignKeys, indexes } = await withClient(building, async (client) => {
    const tables = (
      await client.query<{ name: string }>(
        `SELECT table_name AS name FROM information_schema.tables
         WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
      )
    ).rows.map((r) => r.name);
    const foreignKeys = (
      await client.query<{ table: string; name: string; definition: string }>(
        `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition
         FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`,
      )
    ).rows;
    const indexes = (
      await client.query<{ table: string; name: string; definition: string }>(
        `SELECT tablename AS table, indexname AS name, indexdef AS definition FROM pg_indexes
         WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
           AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND contype IN ('p', 'u', 'x'))`,
      )
    ).rows;
    for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${quote(fk.name)}`);
    for (const index of indexes) await client.query(`DROP INDEX ${quote(index.name)}`);
    return { tables, foreignKeys, indexes };
  });

  // The largest tables first, so that the two connections finish together.
  tables.sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0));
  let rows = 0;
  await onConnections(building, tables, JOBS, async (client, table) => {
    const tableStarted = performance.now();
    const count = await copyTable(client, table);
    rows += count;
    if (count >= 100_000) console.log(`  ${table}: ${count} rows in ${((performance.now() - tableStarted) / 1000).toFixed(1)} s`);
  });
  sqlite.close();
  const copied = performance.now();

  // Indexes side by side (each locks only its own table), largest tables first; then the
  // keys one after another (each checks its rows against the referenced primary key).
  const rank = (table: string) => sizes.get(table.replace(/"/g, "")) ?? 0;
  await onConnections(building, [...indexes].sort((a, b) => rank(b.table) - rank(a.table)), JOBS, async (client, index) => {
    await client.query(index.definition);
  });
  await onConnections(building, foreignKeys, 1, async (client, fk) => {
    await client.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT ${quote(fk.name)} ${fk.definition}`);
  });
  const indexed = performance.now();
  await withClient(building, async (client) => {
    await client.query("VACUUM (ANALYZE)");
    await client.query(`COMMENT ON DATABASE ${quote(building)} IS ${client.escapeLiteral(stamp)}`);
  });
  await withClient("postgres", async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`);
    await client.query(`ALTER DATABASE ${quote(building)} RENAME TO ${quote(name)}`);
  });
  const s = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
  console.log(
    `${name} built in ${s(started, performance.now())} s: ${rows} rows copied from ${SOURCE} in ${s(started, copied)} s (with the migrations), ` +
      `${indexes.length} indexes and ${foreignKeys.length} foreign keys in ${s(copied, indexed)} s, VACUUM ANALYZE in ${s(indexed, performance.now())} s.`,
  );
}

async function main() {
  if (!existsSync(SOURCE)) throw new Error(`${SOURCE} is missing: npx tsx prisma/seed-large.ts builds it`);
  if (await isCurrent()) {
    console.log(`${name} is already a copy of ${SOURCE}: nothing to do (DROP DATABASE ${name} to copy it again).`);
    return;
  }
  console.log(`Copying ${SOURCE} into PostgreSQL database ${name}…`);
  await build();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
