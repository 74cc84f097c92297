// `node scripts/bench-page-view.mjs`: what one page view costs the server in a real browser,
// with everything the page makes the browser ask for afterwards (Next's link prefetches,
// the unread badge…), not only the document that `npm run bench` measures with autocannon.
//
// Starts the production server on the large SQLite database (scripts/bench-server.mjs),
// signs in one bench user, opens Debian's chromium through Playwright at a desktop width
// (1280 × 900: the menu in view) and loads each page PV_VIEWS times (after two views to warm
// up), each time until the network is idle. For each page it prints the server's CPU time
// a view (utime + stime of the server's processes, from /proc), the requests to the server a
// view other than static files, and the CPU as a ratio to the bare route (app/bench-bare)
// viewed the same way in the same run. Results: bench-results/page-view.json.
//
// Environment: PV_VIEWS (15), PV_PORT (3196), PV_WIDTH (1280), CHROMIUM_PATH.
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { chromium } from "@playwright/test";
import {
  benchLogin,
  benchServerEnv,
  browserCookies,
  currentCommit,
  ensureLargeDatabase,
  HOST,
  LARGE_DB_FILE,
  periodQuery,
  processGroupCpuMs,
  signIn,
  sleep,
  startServer,
  stopServer,
} from "./bench-server.mjs";

const PORT = Number(process.env.PV_PORT ?? 3196);
const BASE = `http://${HOST}:${PORT}`;
const VIEWS = Math.max(3, Number(process.env.PV_VIEWS ?? 15));
const WIDTH = Number(process.env.PV_WIDTH ?? 1280);
const PAGES = [
  { key: "bare", path: "/bench-bare" },
  { key: "dashboard", path: "/dashboard" },
  { key: "documents", path: "/documents" },
  { key: "statistics", path: `/statistics?${periodQuery(29, "day")}` },
];

async function main() {
  ensureLargeDatabase();
  const load = loadavg();
  console.log(`Load average at the start: ${load.map((v) => v.toFixed(2)).join(" / ")}`);
  const server = await startServer({
    port: PORT,
    env: benchServerEnv({ base: BASE, databaseUrl: `file:./${LARGE_DB_FILE}` }),
    logFile: "bench-results/server-page-view.log",
  });
  const cookies = browserCookies(await signIn(BASE, benchLogin(1)));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  const context = await browser.newContext({ viewport: { width: WIDTH, height: 900 } });
  await context.addCookies(cookies);
  const page = await context.newPage();
  let requests = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.host === `${HOST}:${PORT}` && !url.pathname.startsWith("/_next/static/") && !url.pathname.startsWith("/favicon"))
      requests.push(`${request.method()} ${url.pathname}${request.headers()["next-router-prefetch"] ? " (prefetch)" : ""}`);
  });
  const view = async (path) => {
    await page.goto(`${BASE}${path}`);
    await page.waitForLoadState("networkidle");
    await sleep(200);
  };

  const results = [];
  for (const { key, path } of PAGES) {
    await view(path);
    await view(path);
    requests = [];
    const before = processGroupCpuMs(server.pid);
    for (let i = 0; i < VIEWS; i += 1) await view(path);
    const cpu = (processGroupCpuMs(server.pid) - before) / VIEWS;
    const perView = requests.length / VIEWS;
    const kinds = [...new Set(requests)].sort();
    results.push({ key, path, cpuMsPerView: cpu, requestsPerView: perView, requests: kinds });
    console.log(`${key}: ${cpu.toFixed(1)} ms of server CPU a view, ${perView.toFixed(1)} requests a view: ${kinds.join(", ")}`);
  }
  await browser.close();
  stopServer();
  const bare = results[0].cpuMsPerView;
  console.log(`\n| page | server CPU ms a view | × bare | requests a view |\n| --- | ---: | ---: | ---: |`);
  for (const r of results) console.log(`| ${r.key} | ${r.cpuMsPerView.toFixed(1)} | ${(r.cpuMsPerView / bare).toFixed(2)} | ${r.requestsPerView.toFixed(1)} |`);
  writeFileSync(
    "bench-results/page-view.json",
    `${JSON.stringify({ date: new Date().toISOString(), commit: currentCommit(), loadAverage: load, views: VIEWS, width: WIDTH, results }, null, 2)}\n`,
  );
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(stopServer);
