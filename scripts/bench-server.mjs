// What the benchmarks share (scripts/bench.mjs, scripts/lighthouse.mjs): the large database,
// the production server started on 127.0.0.1 in its own process group (stopped at exit and on
// Ctrl-C), and the bench users' sign-in through next-auth's credentials endpoint.
import { execSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync, readdirSync } from "node:fs";

export const HOST = "127.0.0.1";
export const LARGE_DB_FILE = "data/large.db";
const PASSWORD = "Kabinet-2026";

// The short hash of the commit measured, for the results file (null outside a checkout).
export function currentCommit() {
  try {
    return execSync("git rev-parse --short HEAD", { stdio: ["ignore", "pipe", "ignore"] })
      .toString()
      .trim();
  } catch {
    return null;
  }
}

// CPU time (user + system, ms) from /proc of every process `matches(fields, pid)` accepts,
// null when none is found or not on Linux: a figure that, unlike latency, does not move when
// other work on the machine competes for the cores.
export function cpuMsOf(matches) {
  let total = 0;
  let found = false;
  try {
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        if (!matches(fields, entry)) continue;
        total += (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms
        found = true;
      } catch {
        /* exited meanwhile */
      }
    }
  } catch {
    /* not on Linux */
  }
  return found ? total : null;
}

// The CPU time of the server started by startServer: every process of its group.
export const processGroupCpuMs = (pid) => cpuMsOf((fields) => Number(fields[2]) === pid);

// The median of the values present (null and undefined left out; the mean of the middle two
// for an even count), and the median with the spread.
export function median(values) {
  const sorted = values.filter((v) => v !== null && v !== undefined).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
export const spreadOf = (values) => {
  const present = values.filter((v) => v !== null && v !== undefined);
  return present.length ? { median: median(present), min: Math.min(...present), max: Math.max(...present) } : { median: null, min: null, max: null };
};

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// prisma/seed-large.ts's users: bench-00001 … bench-10000, each the owner of one account.
export const benchLogin = (n) => `bench-${String(n).padStart(5, "0")}`;

// About 13 s, once: the file stays in data/ for the next run. One built before the newest
// migration is brought up to it (each migration applies once; about 2 s when none is due).
export function ensureLargeDatabase() {
  if (!existsSync(LARGE_DB_FILE)) execSync("npx tsx prisma/seed-large.ts", { stdio: "inherit", env: process.env });
  else execSync("npx prisma migrate deploy", { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DATABASE_URL: `file:./${LARGE_DB_FILE}` } });
}

// A web instance of the production shape with the bench routes on (BENCH=1) and no request
// limit that a benchmark would hit. The workers run elsewhere in production, and their polls
// would count among the pages' SQL statements.
export function benchServerEnv({ base, databaseUrl, countQueries = false }) {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    RATE_LIMIT_PER_MINUTE: "100000000",
    BENCH: "1",
    ...(countQueries ? { QUERY_COUNT: "1" } : {}),
    MAIL_WORKER: "off",
    BILLING_WORKER: "off",
    NEXTAUTH_URL: base,
    APP_URL: base,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret-0123456789-0123456789-0123456789",
  };
}

// ── the server, in its own process group so that stopping it stops next-server too ──
let server = null;
export function stopServer() {
  if (!server || server.exitCode !== null) return;
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {
    /* already gone */
  }
}
process.on("exit", stopServer);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopServer();
    process.exit(130);
  });
}

// Starts scripts/server.mjs on HOST:port (with Node's own `nodeArgs`, if any) and resolves
// with its process once /login answers.
export async function startServer({ port, env, logFile, nodeArgs = [] }) {
  mkdirSync("bench-results", { recursive: true });
  const log = openSync(logFile, "w");
  server = spawn("node", [...nodeArgs, "scripts/server.mjs", "-p", String(port), "-H", HOST], { env, detached: true, stdio: ["ignore", log, log] });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server stopped; see ${logFile}`);
    try {
      const response = await fetch(`http://${HOST}:${port}/login`);
      if (response.ok) return server;
    } catch {
      /* not listening yet */
    }
    await sleep(500);
  }
  throw new Error("The server did not start within 90 s");
}

// ── sign-in through next-auth's credentials endpoint ──
function cookiesOf(response, jar) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair.indexOf("=");
    jar.set(pair.slice(0, at).trim(), pair.slice(at + 1));
  }
  return jar;
}
const cookieHeader = (jar) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

// Resolves with the Cookie header of a signed-in session.
export async function signIn(base, login) {
  const jar = new Map();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  cookiesOf(csrf, jar);
  const { csrfToken } = await csrf.json();
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieHeader(jar), Origin: base },
    body: new URLSearchParams({ csrfToken, identifier: login, password: PASSWORD, json: "true", callbackUrl: `${base}/dashboard` }),
  });
  cookiesOf(response, jar);
  if (![...jar.keys()].some((k) => k.endsWith("next-auth.session-token"))) {
    throw new Error(`Sign-in of ${login} failed (${response.status} ${response.headers.get("location") ?? ""})`);
  }
  return cookieHeader(jar);
}

// The same session as cookies for a Playwright browser context (context.addCookies).
export const browserCookies = (header) =>
  header.split("; ").map((pair) => {
    const at = pair.indexOf("=");
    return { name: pair.slice(0, at), value: pair.slice(at + 1), domain: HOST, path: "/" };
  });

// The statistics screen's query for the Almaty days from `daysBack` days ago to today.
export function periodQuery(daysBack, granularity) {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Almaty", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  const from = new Date(new Date(`${today}T00:00:00Z`).getTime() - daysBack * 86_400_000).toISOString().slice(0, 10);
  return new URLSearchParams({ from, to: today, granularity }).toString();
}
