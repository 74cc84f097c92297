// `npm run bench:lighthouse`: Lighthouse's performance and accessibility scores of the login,
// dashboard, documents and statistics pages on the large database (issue 13, item 4: mobile
// performance ≥ 95 and accessibility = 100). A measurement, not a test: it exits 0 whatever
// the scores, and 1 only when a page could not be measured.
//
// Uses the production build in .next as it is (never builds unless LH_BUILD=1), seeds
// data/large.db if missing, starts the production server on 127.0.0.1 with BENCH=1 (the
// shared part with scripts/bench.mjs is scripts/bench-server.mjs), signs in one bench user
// through next-auth and measures each page with Lighthouse's Node API against Debian's
// chromium: Lighthouse's default mobile preset (a Moto G Power's screen, slow 4G and a 4×
// slower CPU, all simulated from one unthrottled load), categories performance and
// accessibility, each run in a fresh browser profile, the signed-in pages with the session's
// Cookie header, the login page signed out. LH_RUNS rounds over the four pages; prints each
// page's medians and spread with the load average at the start, the failing accessibility
// audits with their elements, and writes bench-results/lighthouse.json and the median run's
// HTML report of each page in bench-results/lighthouse/.
//
// Environment: LH_RUNS (3), LH_PAGES (all: bare,shell,login,dashboard,documents,statistics), LH_PORT (3195), LH_USER (bench-00001), CHROME_PATH
// (/usr/bin/chromium), LH_BUILD=1 builds when the sources are newer than .next,
// LH_SKIP_BUILD_CHECK=1 measures .next even then.
import { execFileSync, execSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import {
  benchLogin,
  benchServerEnv,
  ensureLargeDatabase,
  HOST,
  LARGE_DB_FILE,
  periodQuery,
  signIn,
  startServer,
  stopServer,
  currentCommit,
  median,
  spreadOf,
} from "./bench-server.mjs";
import { needsBuild } from "./needs-build.mjs";

const PORT = Number(process.env.LH_PORT ?? 3195);
const BASE = `http://${HOST}:${PORT}`;
const RUNS = Math.min(Math.max(Math.trunc(Number(process.env.LH_RUNS ?? 3)) || 1, 1), 10);
const USER = process.env.LH_USER ?? benchLogin(1);
const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const CHROME_FLAGS = ["--headless=new", "--no-sandbox"];
const CATEGORIES = ["performance", "accessibility"];
const TARGETS = { performance: 95, accessibility: 100 };
const RESULTS_FILE = "bench-results/lighthouse.json";
const REPORTS_DIR = "bench-results/lighthouse";
const SERVER_LOG = "bench-results/server-lighthouse.log";

// The bare route (app/bench-bare: the root layout and one line, no session, no database) is
// the reference: what the framework itself scores on this machine in the same run.
const ALL_PAGES = [
  { key: "bare", path: "/bench-bare", isSignedIn: false, isReference: true },
  // The signed-in shell with no content of its own (app/(cabinet)/bench-floor), also a reference.
  { key: "shell", path: "/bench-floor", isSignedIn: true, isReference: true },
  { key: "login", path: "/login", isSignedIn: false },
  { key: "dashboard", path: "/dashboard", isSignedIn: true },
  { key: "documents", path: "/documents", isSignedIn: true },
  // The screen's default period written out: the last 30 days, today included, by day.
  { key: "statistics", path: `/statistics?${periodQuery(29, "day")}`, isSignedIn: true },
];
// LH_PAGES=bare,login measures only those pages.
const PAGE_FILTER = process.env.LH_PAGES ? new Set(process.env.LH_PAGES.split(",").map((k) => k.trim())) : null;
const PAGES = ALL_PAGES.filter((page) => !PAGE_FILTER || PAGE_FILTER.has(page.key));

// ── Chromium, one per run; killed at exit, and on Ctrl-C through bench-server's handler ──
let chrome = null;
function stopChrome() {
  if (!chrome) return;
  try {
    chrome.kill();
  } catch {
    /* already gone */
  }
  chrome = null;
}
process.on("exit", stopChrome);

// The user agent says only "150.0.0.0"; Debian's wrapper prints the full version (and,
// on stderr, a complaint of its own shell test).
function browserVersion() {
  try {
    const out = execFileSync(CHROME_PATH, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    return /[\d.]{5,}/.exec(out)?.[0] ?? out.trim();
  } catch {
    return null;
  }
}

const fmt = (v, digits = 0) => (v === null || v === undefined ? "—" : Number(v).toFixed(digits));
const loadLine = (load) => load.map((v) => v.toFixed(2)).join(" / ");

// The page once, and the scripts and styles it names, so that no run pays the server's first
// request to a route or a cold file cache.
async function warmUp(page, cookie) {
  const response = await fetch(`${BASE}${page.path}`, { headers: page.isSignedIn ? { cookie } : {}, redirect: "manual" });
  const html = await response.text();
  if (response.status !== 200) return response.status;
  const assets = new Set([...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1]));
  await Promise.all([...assets].map(async (asset) => (await fetch(`${BASE}${asset}`)).arrayBuffer()));
  return 200;
}

// Failing audits of the accessibility category, each with the elements it names.
function accessibilityFailures(lhr) {
  return lhr.categories.accessibility.auditRefs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => audit.score !== null && audit.score < 1)
    .map(({ ref, audit }) => ({
      id: ref.id,
      title: audit.title,
      weight: ref.weight,
      elements: (audit.details?.items ?? []).map((item) => item.node?.selector).filter(Boolean),
    }));
}

async function measure(page, cookie) {
  chrome = await launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS, handleSIGINT: false, logLevel: "silent" });
  const started = performance.now();
  try {
    const result = await lighthouse(`${BASE}${page.path}`, {
      port: chrome.port,
      output: "html",
      logLevel: "error",
      onlyCategories: CATEGORIES,
      ...(page.isSignedIn ? { extraHeaders: { Cookie: cookie } } : {}),
    });
    const seconds = (performance.now() - started) / 1000;
    const { lhr } = result;
    const score = (id) => (typeof lhr.categories[id]?.score === "number" ? Math.round(lhr.categories[id].score * 100) : null);
    const metric = (id) => lhr.audits[id]?.numericValue ?? null;
    const finalPath = new URL(lhr.finalDisplayedUrl).pathname;
    return {
      run: {
        performance: score("performance"),
        accessibility: score("accessibility"),
        lcpMs: metric("largest-contentful-paint"),
        tbtMs: metric("total-blocking-time"),
        cls: metric("cumulative-layout-shift"),
        fcpMs: metric("first-contentful-paint"),
        speedIndexMs: metric("speed-index"),
        benchmarkIndex: lhr.environment.benchmarkIndex,
        seconds: Math.round(seconds * 10) / 10,
        finalPath,
        runtimeError: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : null,
        warnings: lhr.runWarnings,
        accessibilityFailures: accessibilityFailures(lhr),
      },
      report: result.report,
      lhr,
    };
  } finally {
    stopChrome();
  }
}

async function main() {
  if (!existsSync(CHROME_PATH)) {
    console.error(`No Chromium at ${CHROME_PATH}: apt-get install -y chromium, or set CHROME_PATH.`);
    process.exitCode = 1;
    return;
  }
  if (process.env.LH_SKIP_BUILD_CHECK === "1") {
    console.log("LH_SKIP_BUILD_CHECK=1: measuring .next as it is, even if sources changed since it was built.");
  } else if (needsBuild()) {
    if (process.env.LH_BUILD !== "1") {
      console.error("The build in .next is missing or older than the sources (scripts/needs-build.mjs). Build it (npx next build), or run with");
      console.error("LH_BUILD=1 to build first, or LH_SKIP_BUILD_CHECK=1 to measure the build as it is.");
      process.exitCode = 1;
      return;
    }
    execSync("npx next build", { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  }
  ensureLargeDatabase();

  const loadBefore = loadavg();
  const machine = { cpus: cpus().length, model: cpus()[0]?.model ?? null, node: process.version };
  console.log(`Load average at the start: ${loadLine(loadBefore)} (1 / 5 / 15 min) on ${machine.cpus} cores (${machine.model}).`);
  if (loadBefore[0] > machine.cpus / 2) {
    console.log("Note: other work competes for the CPU. Lighthouse multiplies the main-thread time it observes by four, so the");
    console.log("performance scores (TBT above all) will be lower than on an idle machine.");
  }
  console.log(`Starting the production server on ${BASE} with SQLite ${LARGE_DB_FILE}…`);
  await startServer({ port: PORT, env: benchServerEnv({ base: BASE, databaseUrl: `file:./${LARGE_DB_FILE}` }), logFile: SERVER_LOG });
  const cookie = await signIn(BASE, USER);
  console.log(`Signed in ${USER}.`);

  const pages = [];
  for (const page of PAGES) {
    const status = await warmUp(page, cookie);
    if (status !== 200) console.log(`${page.key}: ${page.path} answers ${status}: cannot be measured on this build.`);
    pages.push({ ...page, status, runs: [], reports: [] });
  }
  console.log(
    `Lighthouse, default mobile preset with simulated throttling; ${CATEGORIES.join(" and ")}; ${RUNS} run(s) per page in rounds over the pages, each in a fresh ${CHROME_PATH} profile.`,
  );

  let settings = null;
  let versions = null;
  for (let round = 1; round <= RUNS; round += 1) {
    for (const page of pages) {
      if (page.status !== 200) continue;
      const { run, report, lhr } = await measure(page, cookie);
      settings ??= {
        formFactor: lhr.configSettings.formFactor,
        throttlingMethod: lhr.configSettings.throttlingMethod,
        throttling: lhr.configSettings.throttling,
        screenEmulation: lhr.configSettings.screenEmulation,
      };
      versions ??= { lighthouse: lhr.lighthouseVersion, browser: browserVersion() };
      page.runs.push(run);
      page.reports.push(report);
      const redirected = run.finalPath !== page.path.replace(/\?.*/, "") ? ` (ended at ${run.finalPath}: not the page asked for)` : "";
      console.log(
        `${page.key} ${round}/${RUNS}: performance ${fmt(run.performance)}, accessibility ${fmt(run.accessibility)}, LCP ${fmt(run.lcpMs / 1000, 2)} s, TBT ${fmt(run.tbtMs)} ms, CLS ${fmt(run.cls, 3)}, FCP ${fmt(run.fcpMs / 1000, 2)} s; benchmark index ${fmt(run.benchmarkIndex)}; ${fmt(run.seconds, 1)} s${redirected}`,
      );
      if (run.runtimeError) console.log(`  runtime error: ${run.runtimeError}`);
      for (const warning of run.warnings) console.log(`  warning: ${warning}`);
    }
  }
  stopServer();
  const loadAfter = loadavg();

  const summaries = pages.map((page) => {
    const of = (key) => spreadOf(page.runs.map((r) => r[key]));
    const performance = of("performance");
    const accessibility = of("accessibility");
    const isMeasured = page.status === 200 && page.runs.length > 0 && page.runs.every((r) => !r.runtimeError && r.finalPath === page.path.replace(/\?.*/, ""));
    // Every failing audit once, with every element any run named.
    const failures = new Map();
    for (const run of page.runs) {
      for (const f of run.accessibilityFailures) {
        const known = failures.get(f.id) ?? { ...f, elements: [] };
        known.elements = [...new Set([...known.elements, ...f.elements])];
        failures.set(f.id, known);
      }
    }
    return {
      key: page.key,
      path: page.path,
      status: page.status,
      isMeasured,
      performance,
      accessibility,
      medians: {
        lcpMs: of("lcpMs").median,
        tbtMs: of("tbtMs").median,
        cls: of("cls").median,
        fcpMs: of("fcpMs").median,
        speedIndexMs: of("speedIndexMs").median,
      },
      benchmarkIndex: of("benchmarkIndex").median,
      secondsPerRun: of("seconds").median,
      isReference: Boolean(page.isReference),
      // Judged on the medians; the reference is not judged.
      verdicts: page.isReference
        ? { performance: null, accessibility: null }
        : {
            performance: performance.median === null ? null : performance.median >= TARGETS.performance,
            accessibility: accessibility.median === null ? null : accessibility.median >= TARGETS.accessibility,
          },
      accessibilityFailures: [...failures.values()],
      runs: page.runs,
    };
  });

  if (settings) {
    const t = settings.throttling;
    const s = settings.screenEmulation;
    console.log(
      `\nLighthouse ${versions.lighthouse}, Chromium ${versions.browser}; ${settings.formFactor} ${s.width}×${s.height} at ${s.deviceScaleFactor}×, ${settings.throttlingMethod === "simulate" ? "simulated" : settings.throttlingMethod} throttling: ${t.rttMs} ms RTT, ${fmt(t.throughputKbps)} Kbps, ${t.cpuSlowdownMultiplier}× CPU slowdown.`,
    );
  }
  console.log(
    `${RUNS} run(s) per page; load average ${loadLine(loadBefore)} at the start, ${loadLine(loadAfter)} at the end (1 / 5 / 15 min), ${machine.cpus} cores.`,
  );
  console.log(`Targets (on the medians): performance ≥ ${TARGETS.performance}, accessibility = ${TARGETS.accessibility}.\n`);
  console.log("| page | performance, median (min–max) | accessibility, median (min–max) | LCP s | TBT ms | CLS | FCP s | s per run | targets |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
  const mark = (ok) => (ok === null ? "—" : ok ? "PASS" : "BELOW");
  for (const p of summaries) {
    if (!p.runs.length) {
      console.log(`| ${p.key} | not measurable (${p.status}) | | | | | | | |`);
      continue;
    }
    const range = (x) => `${fmt(x.median)} (${fmt(x.min)}–${fmt(x.max)})`;
    const m = p.medians;
    console.log(
      `| ${p.key} | ${range(p.performance)} | ${range(p.accessibility)} | ${fmt(m.lcpMs / 1000, 2)} | ${fmt(m.tbtMs)} | ${fmt(m.cls, 3)} | ${fmt(m.fcpMs / 1000, 2)} | ${fmt(p.secondsPerRun, 1)} | performance ${mark(p.verdicts.performance)}, accessibility ${mark(p.verdicts.accessibility)}${p.isMeasured ? "" : " (a run failed)"} |`,
    );
  }
  for (const p of summaries) {
    if (!p.accessibilityFailures.length) continue;
    console.log(`\n${p.key}: failing accessibility audits`);
    for (const f of p.accessibilityFailures) {
      console.log(`  ${f.id} (${f.title}; weight ${f.weight})`);
      for (const selector of f.elements) console.log(`    ${selector}`);
    }
  }

  mkdirSync(REPORTS_DIR, { recursive: true });
  for (const page of pages) {
    if (!page.runs.length) continue;
    // The run whose performance score is nearest the median (the first such run).
    const target = median(page.runs.map((r) => r.performance)) ?? 0;
    const distance = (r) => (r.performance === null ? Infinity : Math.abs(r.performance - target));
    const at = page.runs.reduce((best, r, i) => (distance(r) < distance(page.runs[best]) ? i : best), 0);
    writeFileSync(`${REPORTS_DIR}/${page.key}.html`, page.reports[at]);
  }
  const report = {
    date: new Date().toISOString(),
    commit: currentCommit(),
    machine: { ...machine, loadAverageBefore: loadBefore, loadAverageAfter: loadAfter },
    config: {
      runs: RUNS,
      user: USER,
      database: `SQLite ${LARGE_DB_FILE}`,
      categories: CATEGORIES,
      chromePath: CHROME_PATH,
      chromeFlags: CHROME_FLAGS,
      ...versions,
      settings,
    },
    targets: TARGETS,
    pages: summaries,
  };
  writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWritten: ${RESULTS_FILE} and the median run's HTML report per page in ${REPORTS_DIR}/.`);
  if (summaries.some((p) => !p.isMeasured)) process.exitCode = 1;
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => {
    stopChrome();
    stopServer();
  });
