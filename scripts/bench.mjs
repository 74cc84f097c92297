// `npm run bench`: the cabinet under load on the large database (issue 3's benchmark).
//
// Seeds data/large.db if missing (with BENCH_DB=postgres also copies it into the PostgreSQL
// database bench_large, prisma/seed-large-postgres.ts), builds if the sources changed, starts the production
// server on 127.0.0.1 (its own port and process group, stopped at the end) with BENCH=1
// and QUERY_COUNT=1, signs in 20 bench users through next-auth's credentials endpoint, and
// for each target measures with autocannon, loopback only, 20 connections (one signed-in
// user each) for a bounded time: p50, p95 latency and requests per second, the floor right
// before and after each page (the page is judged against their mean); then one sequential
// request per page with the server's counter of SQL statements. Prints a table, writes
// bench-results/latest.json (latest-postgres.json on PostgreSQL), and compares with the targets: p95 ≤ 1.5 × the bare route's,
// throughput ≥ 2/3 of it, ≤ 6 queries a page, a PDF in under 150 ms. Not a test: the
// figures depend on the machine.
//
// Environment: BENCH_PORT (3190), BENCH_DURATION seconds per target (10), BENCH_WARMUP (3),
// BENCH_DB (sqlite, or postgres: the same rows on the local PostgreSQL, whose address is
// PG_URL or what scripts/postgres-setup.sh prints). A smoke run: BENCH_DURATION=2 BENCH_WARMUP=1.
import { execFileSync, execSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import pg from "pg";
import {
  benchLogin,
  benchServerEnv,
  cpuMsOf,
  ensureLargeDatabase,
  HOST,
  LARGE_DB_FILE,
  periodQuery,
  processGroupCpuMs,
  signIn,
  sleep,
  startServer,
  stopServer,
  currentCommit,
} from "./bench-server.mjs";
import { needsBuild } from "./needs-build.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 3190);
const BASE = `http://${HOST}:${PORT}`;
const DURATION = Math.min(Number(process.env.BENCH_DURATION ?? 10), 60);
const WARMUP = Math.min(Number(process.env.BENCH_WARMUP ?? 3), 30);
const CONNECTIONS = 20;
const USERS = 20;
const DB_FILE = LARGE_DB_FILE;
const BENCH_DB = (process.env.BENCH_DB ?? "sqlite").toLowerCase();
if (!["sqlite", "postgres", "postgresql"].includes(BENCH_DB)) throw new Error(`BENCH_DB is sqlite or postgres, not ${BENCH_DB}`);
const ON_POSTGRES = BENCH_DB !== "sqlite";
const PG_DATABASE = "bench_large";
// The server's address without a database name, as scripts/postgres-setup.sh prints it
// (the script starts the local cluster when it is down).
const PG_URL = ON_POSTGRES ? (process.env.PG_URL ?? execFileSync("bash", ["scripts/postgres-setup.sh"], { encoding: "utf8" }).trim()) : null;
const pgUrlOf = (database) => {
  const url = new URL(PG_URL);
  url.pathname = `/${database}`;
  return url.toString();
};
const DATABASE_URL = ON_POSTGRES ? pgUrlOf(PG_DATABASE) : `file:./${DB_FILE}`;
const DATABASE_NAME = ON_POSTGRES ? `PostgreSQL ${PG_DATABASE} (copy of ${DB_FILE})` : `SQLite ${DB_FILE}`;
const RESULTS_FILE = ON_POSTGRES ? "bench-results/latest-postgres.json" : "bench-results/latest.json";
const SERVER_LOG = ON_POSTGRES ? "bench-results/server-postgres.log" : "bench-results/server.log";
const TARGETS_RATIO = { p95: 1.5, rps: 2 / 3 };
const BARE_RATIO = { shell: 0.6, page: 0.45, p95: 2 };
const MAX_QUERIES = 6;
const PDF_MS = 150;

const env = benchServerEnv({ base: BASE, databaseUrl: DATABASE_URL, countQueries: true });
let server = null;

// The server's CPU time from /proc, every process of its group (bench-server.mjs). On
// PostgreSQL the queries run in the database's own processes: their time is read apart, from
// the backends connected to the bench database (live ones: a backend that exits during a run
// takes its time with it, so the figure is a floor).
const serverCpuMs = () => processGroupCpuMs(server.pid);
const databaseCpuMs = () =>
  ON_POSTGRES ? cpuMsOf((_fields, pid) => /^postgres: .* (\S+) \S+\(\d+\)/.exec(readFileSync(`/proc/${pid}/cmdline`, "utf8"))?.[1] === PG_DATABASE) : null;

// ── measuring ──
function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function load({ paths, cookies, seconds, connections = CONNECTIONS }) {
  return new Promise((resolve, reject) => {
    let nextClient = 0;
    const latencies = [];
    const statuses = {};
    const instance = autocannon(
      {
        url: BASE,
        connections,
        duration: seconds,
        timeout: 30,
        setupClient(client) {
          const i = nextClient++ % cookies.length;
          client.setRequests([{ method: "GET", path: paths[i % paths.length], headers: { cookie: cookies[i], accept: "text/html,*/*" } }]);
        },
      },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        resolve({
          requests: result.requests.total,
          rps: Math.round((result.requests.total / result.duration) * 10) / 10,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          errors: result.errors + result.timeouts,
          statuses,
        });
      },
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(Math.round(responseTime * 10) / 10);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
  });
}

// The previous target's load leaves requests in flight for a while after autocannon stops;
// they would add to the counter. Wait until half a second passes with no query at all.
async function waitIdle() {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    await fetch(`${BASE}/api/bench/query-count?reset=1`);
    await sleep(500);
    const { count } = await (await fetch(`${BASE}/api/bench/query-count`)).json();
    if (count === 0) return;
  }
}

// One sequential request on an idle server, twice: the smaller count leaves out the
// once-a-minute refresh of the session's last-seen time.
async function countQueries(path, cookie) {
  await waitIdle();
  const counts = [];
  for (let i = 0; i < 2; i += 1) {
    await fetch(`${BASE}/api/bench/query-count?reset=1`);
    const response = await fetch(`${BASE}${path}`, { headers: { cookie }, redirect: "manual" });
    await response.arrayBuffer();
    await sleep(50);
    counts.push((await (await fetch(`${BASE}/api/bench/query-count`)).json()).count);
  }
  return { count: Math.min(...counts) };
}

async function documentIdsOf(logins) {
  if (ON_POSTGRES) {
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT DISTINCT ON (u."loginKey") u."loginKey" AS login, d.id FROM "Document" d
         JOIN "Membership" m ON m."accountId" = d."accountId" JOIN "User" u ON u.id = m."userId"
         WHERE u."loginKey" = ANY($1) ORDER BY u."loginKey", d."issuedAt" DESC`,
        [logins],
      );
      const byLogin = new Map(rows.map((r) => [r.login, r.id]));
      return logins.map((login) => byLogin.get(login));
    } finally {
      await client.end();
    }
  }
  const sqlite = new Database(DB_FILE, { readonly: true });
  const find = sqlite.prepare(
    `SELECT d.id FROM Document d JOIN Membership m ON m.accountId = d.accountId JOIN User u ON u.id = m.userId
     WHERE u.loginKey = ? ORDER BY d.issuedAt DESC LIMIT 1`,
  );
  const ids = logins.map((login) => find.get(login)?.id);
  sqlite.close();
  return ids;
}

const fmt = (v, digits = 0) => (v === null || v === undefined ? "—" : Number(v).toFixed(digits));

async function main() {
  ensureLargeDatabase();
  if (ON_POSTGRES) execFileSync("npx", ["tsx", "prisma/seed-large-postgres.ts", PG_DATABASE], { stdio: "inherit", env: { ...process.env, PG_URL } });
  if (needsBuild()) execSync("npx next build", { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });

  const loadBefore = loadavg()[0];
  if (loadBefore > cpus().length) {
    console.log(`Note: the load average is ${loadBefore.toFixed(1)} on ${cpus().length} cores; other work competes for the CPU and the figures will be low.`);
  }
  console.log(`Starting the production server on ${BASE} with ${DATABASE_NAME}…`);
  server = await startServer({ port: PORT, env, logFile: SERVER_LOG });

  const logins = Array.from({ length: USERS }, (_, i) => benchLogin(i + 1));
  const cookies = [];
  for (const login of logins) cookies.push(await signIn(BASE, login));
  console.log(`Signed in ${cookies.length} bench users.`);
  const documentIds = await documentIdsOf(logins);

  const targets = [
    { name: "signed-in shell (floor)", key: "floor", paths: ["/bench-floor"] },
    { name: "dashboard", key: "dashboard", paths: ["/dashboard"] },
    { name: "documents", key: "documents", paths: ["/documents"] },
    { name: "statistics", key: "statistics", paths: ["/statistics"] },
    // The longest period the screen allows, a year by week, over every usage row of the account.
    { name: "statistics, a year by week", key: "statistics-year", paths: [`/statistics?${periodQuery(365, "week")}`] },
    { name: "document PDF", key: "pdf", paths: documentIds.map((id) => `/api/documents/${id}/pdf`) },
  ];

  // One loaded run: requests, latency, statuses and the server's CPU time per request.
  async function measure(target, { warmup }) {
    if (warmup) await load({ paths: target.paths, cookies, seconds: WARMUP });
    await waitIdle();
    const cpuBefore = serverCpuMs();
    const dbCpuBefore = databaseCpuMs();
    const loaded = await load({ paths: target.paths, cookies, seconds: DURATION });
    const cpuAfter = serverCpuMs();
    const dbCpuAfter = databaseCpuMs();
    // null when it cannot be told: no requests, or (the database's) a connection that closed
    // during the run took its CPU time with it, leaving less than before.
    const perRequest = (before, after) =>
      before === null || after === null || !loaded.requests || after < before ? null : Math.round(((after - before) / loaded.requests) * 10) / 10;
    loaded.cpuMsPerRequest = perRequest(cpuBefore, cpuAfter);
    if (ON_POSTGRES) loaded.databaseCpuMsPerRequest = perRequest(dbCpuBefore, dbCpuAfter);
    return loaded;
  }
  const line = (r) =>
    `p50 ${fmt(r.p50, 1)} ms, p95 ${fmt(r.p95, 1)} ms, ${fmt(r.rps, 1)} req/s, server CPU ${fmt(r.cpuMsPerRequest, 1)} ms/request${ON_POSTGRES ? `, database CPU ${fmt(r.databaseCpuMsPerRequest, 1)} ms/request` : ""}`;

  // The floor is measured right before and right after each page, and the page is compared
  // with the mean of those two runs: on a shared machine the speed drifts over minutes,
  // and a floor measured once at the start would judge later pages by another machine.
  // The bare dynamic route (no session, no database, one line: app/bench-bare) is measured
  // beside each run of the floor the same way: what the framework itself allows, right then.
  const floorTarget = targets[0];
  const bareTarget = { name: "bare dynamic route", key: "bare", paths: ["/bench-bare"] };
  const floorRuns = [];
  const bareRuns = [];
  async function measureFloor() {
    const bare = await measure(bareTarget, { warmup: bareRuns.length === 0 });
    bareRuns.push(bare);
    console.log(`${bareTarget.name}: ${line(bare)}`);
    const run = await measure(floorTarget, { warmup: floorRuns.length === 0 });
    run.bare = bare;
    floorRuns.push(run);
    console.log(`${floorTarget.name}: ${line(run)}`);
    return run;
  }
  const mean = (runs, key) => (runs.every((r) => r[key] !== null) ? Math.round((runs.reduce((sum, r) => sum + r[key], 0) / runs.length) * 10) / 10 : null);

  const results = [];
  for (const target of targets) {
    const probe = await fetch(`${BASE}${target.paths[0]}`, { headers: { cookie: cookies[0] }, redirect: "manual" });
    await probe.arrayBuffer();
    if (probe.status !== 200) {
      console.log(`${target.name}: ${target.paths[0]} answers ${probe.status}: cannot be measured on this build.`);
      results.push({ ...target, paths: target.paths.slice(0, 1), status: probe.status, measured: false });
      continue;
    }
    const queries = await countQueries(target.paths[0], cookies[0]);
    if (target.key === "floor") {
      results.push({ ...target, paths: target.paths.slice(0, 1), status: 200, measured: true, queries: queries.count });
      await measureFloor();
      continue;
    }
    const before = floorRuns.at(-1);
    process.stdout.write(`${target.name}: warming up ${WARMUP} s, measuring ${DURATION} s at ${CONNECTIONS} connections…`);
    const loaded = await measure(target, { warmup: true });
    const result = { ...target, paths: target.paths.slice(0, 1), status: 200, measured: true, ...loaded, queries: queries.count };
    console.log(` ${line(result)}, ${result.queries} queries`);
    if (target.key === "pdf") {
      // The PDF target is about one person's download: measured alone, one connection.
      await waitIdle();
      const single = await load({ paths: target.paths, cookies, seconds: Math.min(DURATION, 5), connections: 1 });
      result.single = { p50: single.p50, p95: single.p95, rps: single.rps };
    } else {
      const after = await measureFloor();
      result.floor = { p95: mean([before, after], "p95"), rps: mean([before, after], "rps"), cpuMsPerRequest: mean([before, after], "cpuMsPerRequest") };
      result.bare = {
        p95: mean([before.bare, after.bare], "p95"),
        rps: mean([before.bare, after.bare], "rps"),
        cpuMsPerRequest: mean([before.bare, after.bare], "cpuMsPerRequest"),
      };
    }
    results.push(result);
  }

  // The floor's row: every run of it.
  const first = results.find((r) => r.key === "floor" && r.measured);
  if (first && floorRuns.length) {
    Object.assign(first, {
      runs: floorRuns.map((r) => ({
        p50: r.p50,
        p95: r.p95,
        rps: r.rps,
        cpuMsPerRequest: r.cpuMsPerRequest,
        databaseCpuMsPerRequest: r.databaseCpuMsPerRequest,
      })),
      p50: mean(floorRuns, "p50"),
      p95: mean(floorRuns, "p95"),
      rps: mean(floorRuns, "rps"),
      cpuMsPerRequest: mean(floorRuns, "cpuMsPerRequest"),
      ...(ON_POSTGRES ? { databaseCpuMsPerRequest: mean(floorRuns, "databaseCpuMsPerRequest") } : {}),
      requests: floorRuns.reduce((sum, r) => sum + r.requests, 0),
      errors: floorRuns.reduce((sum, r) => sum + r.errors, 0),
      statuses: floorRuns.reduce((all, r) => {
        for (const [code, n] of Object.entries(r.statuses)) all[code] = (all[code] ?? 0) + n;
        return all;
      }, {}),
    });
  }
  // The bare route's row: every run of it, and the floor judged against the bare runs beside it.
  if (first && bareRuns.length) {
    results.unshift({
      ...bareTarget,
      status: 200,
      measured: true,
      queries: null,
      runs: bareRuns.map((r) => ({ p50: r.p50, p95: r.p95, rps: r.rps, cpuMsPerRequest: r.cpuMsPerRequest })),
      p50: mean(bareRuns, "p50"),
      p95: mean(bareRuns, "p95"),
      rps: mean(bareRuns, "rps"),
      cpuMsPerRequest: mean(bareRuns, "cpuMsPerRequest"),
      requests: bareRuns.reduce((sum, r) => sum + r.requests, 0),
      errors: bareRuns.reduce((sum, r) => sum + r.errors, 0),
      statuses: bareRuns.reduce((all, r) => {
        for (const [code, n] of Object.entries(r.statuses)) all[code] = (all[code] ?? 0) + n;
        return all;
      }, {}),
    });
    first.bare = { p95: mean(bareRuns, "p95"), rps: mean(bareRuns, "rps"), cpuMsPerRequest: mean(bareRuns, "cpuMsPerRequest") };
  }
  stopServer();

  const verdicts = [];
  for (const r of results) {
    if (!r.measured) {
      verdicts.push({ target: r.name, check: "measurable", ok: false, detail: `answers ${r.status}` });
      continue;
    }
    const non2xx = Object.entries(r.statuses)
      .filter(([code]) => !code.startsWith("2"))
      .reduce((s, [, n]) => s + n, 0);
    if (non2xx || r.errors) verdicts.push({ target: r.name, check: "all answers 2xx", ok: false, detail: `${non2xx} non-2xx, ${r.errors} errors` });
    if (r.key === "bare") continue;
    // Issue 13's targets, against the bare route measured beside: the shell ≥ 0.6 × its
    // throughput, every page ≥ 0.45 ×, and p95 ≤ 2 × its p95.
    if (r.bare && r.key !== "pdf") {
      const share = r.key === "floor" ? BARE_RATIO.shell : BARE_RATIO.page;
      verdicts.push({ target: r.name, check: `req/s ≥ ${share} × bare route`, ok: r.rps >= share * r.bare.rps, detail: `${fmt(r.rps / r.bare.rps, 2)} ×` });
      verdicts.push({
        target: r.name,
        check: `p95 ≤ ${BARE_RATIO.p95} × bare route`,
        ok: r.p95 <= BARE_RATIO.p95 * r.bare.p95,
        detail: `${fmt(r.p95 / r.bare.p95, 2)} ×`,
      });
    }
    if (r.key === "floor") continue;
    if (r.queries !== null) verdicts.push({ target: r.name, check: `≤ ${MAX_QUERIES} queries`, ok: r.queries <= MAX_QUERIES, detail: `${r.queries}` });
    if (r.key === "pdf") {
      verdicts.push({ target: r.name, check: `< ${PDF_MS} ms alone (p95)`, ok: r.single.p95 < PDF_MS, detail: `${fmt(r.single.p95, 1)} ms` });
      continue;
    }
    const ref = r.floor;
    if (ref) {
      verdicts.push({
        target: r.name,
        check: `p95 ≤ ${TARGETS_RATIO.p95} × floor`,
        ok: r.p95 <= TARGETS_RATIO.p95 * ref.p95,
        detail: `${fmt(r.p95, 1)} ≤ ${fmt(TARGETS_RATIO.p95 * ref.p95, 1)} ms`,
      });
      verdicts.push({
        target: r.name,
        check: "req/s ≥ 2/3 × floor",
        ok: r.rps >= TARGETS_RATIO.rps * ref.rps,
        detail: `${fmt(r.rps, 1)} ≥ ${fmt(TARGETS_RATIO.rps * ref.rps, 1)}`,
      });
      if (r.cpuMsPerRequest && ref.cpuMsPerRequest) {
        // The same throughput target read from server CPU time: ≥ 2/3 of the floor's rate is ≤ 1.5 × its CPU per request.
        verdicts.push({
          target: r.name,
          check: "server CPU/request ≤ 1.5 × floor",
          ok: r.cpuMsPerRequest <= 1.5 * ref.cpuMsPerRequest,
          detail: `${fmt(r.cpuMsPerRequest, 1)} ≤ ${fmt(1.5 * ref.cpuMsPerRequest, 1)} ms`,
        });
      }
    }
  }

  console.log(`\n${DATABASE_NAME}, ${new Date().toISOString().slice(0, 10)}, ${DURATION} s measured per run:`);
  console.log("\n| target | path | p50 ms | p95 ms | req/s | server CPU ms/req | SQL statements | req/s ÷ bare | req/s ÷ floor | statuses |");
  console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
  for (const r of results) {
    const statuses = r.measured
      ? Object.entries(r.statuses)
          .map(([k, v]) => `${k}×${v}`)
          .join(" ")
      : `not measurable (${r.status})`;
    const ofBare = r.bare && r.rps ? `${fmt(r.rps / r.bare.rps, 2)}` : "";
    const ofFloor = r.floor && r.rps ? `${fmt(r.rps / r.floor.rps, 2)}` : "";
    const spread = r.runs
      ? ` (mean of ${r.runs.length} runs, ${fmt(Math.min(...r.runs.map((x) => x.rps)), 1)}–${fmt(Math.max(...r.runs.map((x) => x.rps)), 1)} req/s)`
      : "";
    console.log(
      `| ${r.name}${spread} | ${r.paths[0].replace(/\/api\/documents\/[^/]+\//, "/api/documents/<id>/").replace(/\?.*/, "?…")} | ${fmt(r.p50, 1)} | ${fmt(r.p95, 1)} | ${fmt(r.rps, 1)} | ${fmt(r.cpuMsPerRequest, 1)} | ${r.queries ?? "—"} | ${ofBare} | ${ofFloor} | ${statuses} |`,
    );
    if (r.single) console.log(`| ${r.name}, one client | | ${fmt(r.single.p50, 1)} | ${fmt(r.single.p95, 1)} | ${fmt(r.single.rps, 1)} | | | | | |`);
  }
  console.log("\nTargets:");
  for (const v of verdicts) console.log(`  ${v.ok ? "✓" : "✗"} ${v.target}: ${v.check} (${v.detail})`);

  const report = {
    date: new Date().toISOString(),
    commit: currentCommit(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? null, node: process.version, loadAverageBefore: loadBefore, loadAverageAfter: loadavg()[0] },
    config: { durationS: DURATION, warmupS: WARMUP, connections: CONNECTIONS, users: USERS, database: DATABASE_NAME },
    results: results.map(({ paths, ...r }) => ({ ...r, path: paths[0] })),
    verdicts,
  };
  mkdirSync("bench-results", { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
  // Every run is kept too, for scripts/bench-summary.mjs (the median and spread of several).
  const runFile = `bench-results/runs/${ON_POSTGRES ? "postgres" : "sqlite"}-${report.date.replace(/[:.]/g, "-")}.json`;
  mkdirSync("bench-results/runs", { recursive: true });
  writeFileSync(runFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWritten: ${RESULTS_FILE} and ${runFile} (node scripts/bench-summary.mjs compares the last runs)`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(stopServer);
