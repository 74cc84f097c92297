// The tests' databases, on the embedded SQLite file or on a local PostgreSQL, made fresh for
// every run. Which one: TEST_DATABASE=postgres (with PG_URL, the server's address without a
// database name, as scripts/postgres-setup.sh prints it), SQLite otherwise.
//   freshDatabase(name)        -> the URL of an empty, migrated database called `name`
//   cloneDatabase(from, name)  -> a copy of an existing database (the seed tests' empty copies)
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import pg from "pg";

export const isPostgresRun = () => process.env.TEST_DATABASE === "postgres";

// The URL of database `name` on the test server.
function urlOf(name) {
  const url = new URL(process.env.PG_URL ?? "postgresql://cabinet:cabinet@127.0.0.1:5432");
  // Tests refuse to run against a database that is not local.
  if (!["127.0.0.1", "localhost", "[::1]"].includes(url.hostname)) throw new Error(`The tests run only on a local PostgreSQL, not ${url.hostname}`);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin(statements) {
  const client = new pg.Client({ connectionString: urlOf("postgres") });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}

const removeSqlite = (file) => {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
};

export async function freshDatabase(name) {
  if (isPostgresRun()) {
    await admin([`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`, `CREATE DATABASE "${name}"`]);
    const url = urlOf(name);
    execFileSync("node", ["scripts/pg.mjs", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "ignore", "inherit"] });
    return url;
  }
  mkdirSync("data", { recursive: true });
  const file = `data/${name}.db`;
  removeSqlite(file);
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: `file:./${file}` }, stdio: ["ignore", "ignore", "inherit"] });
  return `file:./${file}`;
}

export async function cloneDatabase(fromName, name) {
  if (isPostgresRun()) {
    await admin([`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`, `CREATE DATABASE "${name}" TEMPLATE "${fromName}"`]);
    return urlOf(name);
  }
  removeSqlite(`data/${name}.db`);
  copyFileSync(`data/${fromName}.db`, `data/${name}.db`);
  return `file:./data/${name}.db`;
}

export async function dropDatabase(name) {
  if (isPostgresRun()) await admin([`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`]);
  else removeSqlite(`data/${name}.db`);
}
