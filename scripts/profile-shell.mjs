// Where the signed-in shell's server time goes (issue 13, item 2): the production server runs
// under `node --cpu-prof` while autocannon loads one route, for the bare dynamic route
// (`/bench-bare`) and the shell (`/bench-floor`), each on a fresh server. Every sample of
// the measured seconds is given to the first frame, leaf upwards, that has a source file of
// its own (Node's internals give theirs to their caller); the build's source maps turn
// Turbopack's chunks back into the files they came from, and each file falls in one part
// (database, session, i18n, proxy, React and RSC, Next's server, the cabinet's own code).
// Prints the CPU milliseconds of a request in each part, for both routes and the difference,
// and writes bench-results/profile-shell.json. The profiles stay in bench-results/profiles/
// (open them in Chrome's DevTools). A measurement on this machine, not a test.
//
// Usage: node scripts/profile-shell.mjs  (PROFILE_SECONDS, 15; PROFILE_CONNECTIONS, 10;
// PROFILE_PAGE, a cabinet page to profile after the shell, with its column and its cost over
// the shell's; the production build must exist: `npx next build`)
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { SourceMapConsumer } from "source-map-js";
import { HOST, LARGE_DB_FILE, benchLogin, benchServerEnv, ensureLargeDatabase, signIn, sleep, startServer, stopServer } from "./bench-server.mjs";

const PORT = Number(process.env.PROFILE_PORT ?? 3193);
const BASE = `http://${HOST}:${PORT}`;
const SECONDS = Number(process.env.PROFILE_SECONDS ?? 15);
const WARMUP = 3;
const CONNECTIONS = Number(process.env.PROFILE_CONNECTIONS ?? 10);
const PROFILES = "bench-results/profiles";
// PROFILE_PAGE=/documents profiles that page as well, after the shell.
const ROUTES = [
  { key: "bare", path: "/bench-bare", signedIn: false },
  { key: "shell", path: "/bench-floor", signedIn: true },
  ...(process.env.PROFILE_PAGE ? [{ key: "page", path: process.env.PROFILE_PAGE, signedIn: true }] : []),
];

// The parts, in the order a source file (relative to the project) is tested against them.
const PARTS = [
  ["database", /^generated\/|@prisma\/|better-sqlite3|node_modules\/pg(-[a-z]+)?\/|^lib\/db\.ts|^wasm:/],
  ["session (next-auth, JWT)", /next-auth|node_modules\/jose\/|^lib\/auth\//],
  ["i18n", /next-intl|use-intl|intl-messageformat|@formatjs|icu-minify|^lib\/i18n\//],
  ["proxy (rate limit, CSP)", /^proxy\.ts|rate-limiter-flexible|^lib\/rate-limit|^lib\/csp|^lib\/maintenance\/|next\/(dist\/esm\/|dist\/|src\/)server\/web\//],
  ["React and RSC rendering", /react-dom|react-server-dom|app-page.*runtime|node_modules\/react\/|compiled\/react\/|node_modules\/scheduler/],
  ["cabinet code (app, components, lib)", /^(app|components|lib)\//],
  ["Next's server and the HTTP server", /node_modules\/next\/|^scripts\/(server|screen-request|client-address)\.mjs|^\[turbopack\]/],
];
const partOf = (source) => PARTS.find(([, pattern]) => pattern.test(source))?.[0] ?? "other libraries";

// ── source maps of the build's chunks ──
const consumers = new Map();
function originalSource(url, line, column) {
  if (!url.startsWith("file://")) return url;
  const file = fileURLToPath(url);
  if (!consumers.has(file)) {
    const map = `${file}.map`;
    let consumer = null;
    try {
      if (existsSync(map)) consumer = new SourceMapConsumer(JSON.parse(readFileSync(map, "utf8")));
    } catch {
      /* an index map or an unreadable one: the chunk's own name stands */
    }
    consumers.set(file, consumer);
  }
  const consumer = consumers.get(file);
  if (!consumer) return relative(process.cwd(), file);
  // A profile's positions are 0-based; a source map's lines are 1-based.
  const source = consumer.originalPositionFor({ line: line + 1, column }).source;
  if (!source) return relative(process.cwd(), file);
  // Next's own maps name "webpack://next/…" and paths relative to the chunk; Turbopack's, "[project]/…".
  if (source.startsWith("webpack://next/")) return `node_modules/next/${source.slice("webpack://next/".length)}`;
  const project = /^turbopack:\/\/\/\[project\]\/(.*)$/.exec(source);
  if (project) return project[1];
  if (/^[a-z]+:\/\//.test(source)) return source.replace(/^turbopack:\/\/\//, "");
  return relative(process.cwd(), resolve(dirname(file), decodeURIComponent(source)));
}

function attribute(profileFile, seconds) {
  const profile = JSON.parse(readFileSync(profileFile, "utf8"));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  // Each node's part, and the source file that decided it.
  const infoOf = new Map();
  const nodeInfo = (id) => {
    if (infoOf.has(id)) return infoOf.get(id);
    const { url, functionName, lineNumber, columnNumber } = nodes.get(id).callFrame;
    let info;
    if (functionName === "(garbage collector)") info = { part: "garbage collection", source: functionName };
    else if (functionName === "(idle)") info = { part: "idle", source: functionName };
    else if (!url || url.startsWith("node:")) info = parent.has(id) ? nodeInfo(parent.get(id)) : { part: "Node (I/O, timers)", source: url || functionName };
    else {
      const source = originalSource(url, lineNumber, columnNumber);
      info = { part: partOf(source), source };
    }
    infoOf.set(id, info);
    return info;
  };
  // Only the last `seconds`: the load ends right before the server is stopped.
  let at = 0;
  const times = profile.timeDeltas.map((delta) => (at += delta));
  const from = at - seconds * 1e6;
  const ms = {};
  const bySource = {};
  profile.samples.forEach((id, i) => {
    if (times[i] < from) return;
    const { part, source } = nodeInfo(id);
    ms[part] = (ms[part] ?? 0) + profile.timeDeltas[i] / 1000;
    bySource[source] = (bySource[source] ?? 0) + profile.timeDeltas[i] / 1000;
  });
  return { ms, bySource };
}

function load(path, cookie, seconds) {
  return new Promise((resolve, reject) =>
    autocannon(
      { url: `${BASE}${path}`, connections: CONNECTIONS, duration: seconds, headers: { accept: "text/html", ...(cookie ? { cookie } : {}) } },
      (error, result) => (error ? reject(error) : resolve(result)),
    ),
  );
}

async function profileRoute(route) {
  const dir = `${PROFILES}/${route.key}`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const env = benchServerEnv({ base: BASE, databaseUrl: `file:./${LARGE_DB_FILE}` });
  // The profile is written when the process exits, which SIGTERM alone would not let it do.
  const nodeArgs = ["--cpu-prof", `--cpu-prof-dir=${dir}`, "--import", 'data:text/javascript,process.on("SIGTERM",()=>process.exit(0))'];
  const server = await startServer({ port: PORT, env, logFile: `bench-results/server-profile-${route.key}.log`, nodeArgs });
  const cookie = route.signedIn ? await signIn(BASE, benchLogin(1)) : null;
  await load(route.path, cookie, WARMUP);
  const result = await load(route.path, cookie, SECONDS);
  if (result.non2xx) throw new Error(`${route.path} answered ${result.non2xx} requests with a status other than 2xx`);
  stopServer();
  await new Promise((resolve) => (server.exitCode !== null ? resolve() : server.once("exit", resolve)));
  const file = readdirSync(dir).find((name) => name.endsWith(".cpuprofile"));
  if (!file) throw new Error(`No profile was written in ${dir}`);
  const { ms, bySource } = attribute(`${dir}/${file}`, SECONDS);
  const requests = result.requests.total;
  const perRequest = Object.fromEntries(Object.entries(ms).map(([part, total]) => [part, total / requests]));
  // The files that cost most, for the JSON: where to look next.
  const topSources = Object.entries(bySource)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([source, total]) => ({ source, msPerRequest: Math.round((total / requests) * 1000) / 1000 }));
  return { ...route, requests, rps: Math.round((requests / SECONDS) * 10) / 10, p50: result.latency.p50, perRequest, topSources, profile: `${dir}/${file}` };
}

ensureLargeDatabase();
console.log(
  `Load average at the start: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(", ")} (${cpus().length} cores).`,
);
console.log(`${CONNECTIONS} connections, ${WARMUP} s warm-up, ${SECONDS} s profiled per route.\n`);
const results = [];
for (const route of ROUTES) {
  results.push(await profileRoute(route));
  await sleep(1000);
}

const [bare, shell, page] = results;
const parts = [...new Set(results.flatMap((r) => Object.keys(r.perRequest)))].filter((p) => p !== "idle");
const busy = (r) => parts.reduce((sum, p) => sum + (r.perRequest[p] ?? 0), 0);
parts.sort((a, b) => ((page ?? shell).perRequest[b] ?? 0) - ((page ?? shell).perRequest[a] ?? 0));
const f = (n) => (n ?? 0).toFixed(2);
const minus = (r, base, part) => f((r.perRequest[part] ?? 0) - (base.perRequest[part] ?? 0));
const pageHeads = page ? ` ${page.path} (${page.rps} req/s) | page − shell |` : "";
console.log(`| CPU ms a request | bare (${bare.rps} req/s) | shell (${shell.rps} req/s) | shell − bare |${pageHeads}`);
console.log(`| --- | ---: | ---: | ---: |${page ? " ---: | ---: |" : ""}`);
for (const part of parts)
  console.log(
    `| ${part} | ${f(bare.perRequest[part])} | ${f(shell.perRequest[part])} | ${minus(shell, bare, part)} |${page ? ` ${f(page.perRequest[part])} | ${minus(page, shell, part)} |` : ""}`,
  );
console.log(
  `| **all** | **${f(busy(bare))}** | **${f(busy(shell))}** | **${f(busy(shell) - busy(bare))}** |${page ? ` **${f(busy(page))}** | **${f(busy(page) - busy(shell))}** |` : ""}`,
);
console.log(`\nThe shell serves ${(shell.rps / bare.rps).toFixed(2)}× the bare route's requests a second in this run (target ≥ 0.6×).`);
if (page) console.log(`${page.path} serves ${(page.rps / bare.rps).toFixed(2)}× (target ≥ 0.45×).`);
mkdirSync("bench-results", { recursive: true });
writeFileSync(
  "bench-results/profile-shell.json",
  JSON.stringify({ at: new Date().toISOString(), loadAverage: loadavg(), cores: cpus().length, seconds: SECONDS, connections: CONNECTIONS, results }, null, 2),
);
