// `node scripts/bench-navigation.mjs`: how long a person waits after following a menu link,
// from the click to the new page's content on screen, against how long the page's own request
// took in the same navigation (the server's answer and its travel: the floor no client code
// can go under). Also the largest contentful paint of a first load of each page, as Chromium
// reports it (not Lighthouse's simulation).
//
// Starts the production server on the large SQLite database (scripts/bench-server.mjs), signs
// in one bench user and opens Debian's chromium through Playwright at 1280 × 900 (the menu in
// view). Each round, in a fresh browser context: loads /documents and /dashboard (their LCP),
// then follows the menu from the dashboard to documents, statistics and back to the
// dashboard, pointing at each link 400 ms before clicking it, as a person does. Prints each figure's median with its
// spread over NAV_ROUNDS rounds (after one to warm up) and the load average at the start.
// Results: bench-results/navigation.json.
//
// Environment: NAV_ROUNDS (10), NAV_PORT (3197), CHROMIUM_PATH.
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
  signIn,
  sleep,
  spreadOf,
  startServer,
  stopServer,
} from "./bench-server.mjs";

const PORT = Number(process.env.NAV_PORT ?? 3197);
const BASE = `http://${HOST}:${PORT}`;
const ROUNDS = Math.max(3, Number(process.env.NAV_ROUNDS ?? 10));
const LOADS = [
  { key: "first load of /documents", path: "/documents" },
  { key: "first load of /dashboard", path: "/dashboard" },
];
const STEPS = [
  { key: "dashboard → documents", href: "/documents", content: '[data-testid="documents-count"]' },
  { key: "documents → statistics", href: "/statistics", content: '[data-testid="usage-summary"]' },
  { key: "statistics → dashboard", href: "/dashboard", content: '[data-testid="dashboard-greeting"]' },
];

const largestContentfulPaint = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) =>
        new PerformanceObserver((list) => resolve(list.getEntries().at(-1).startTime)).observe({ type: "largest-contentful-paint", buffered: true }),
      ),
  );

// Click to content, and the duration of the page's own request (RSC, not a prefetch) in it.
async function follow(page, { href, content }) {
  const link = page.locator(`#cabinet-menu a[href="${href}"]`);
  await link.hover();
  await sleep(400);
  const request = page.waitForRequest((r) => new URL(r.url()).pathname === href && r.headers().rsc === "1" && !r.headers()["next-router-prefetch"]);
  const started = performance.now();
  await link.click();
  await page.locator(content).first().waitFor({ state: "visible" });
  const waited = performance.now() - started;
  const answered = await request;
  await answered.response();
  const timing = answered.timing();
  return { waited, request: timing.responseEnd };
}

const ms = ({ median, min, max }) => `${median.toFixed(0)} (${min.toFixed(0)}–${max.toFixed(0)})`;

async function main() {
  ensureLargeDatabase();
  const load = loadavg();
  console.log(`Load average at the start: ${load.map((v) => v.toFixed(2)).join(" / ")}`);
  await startServer({
    port: PORT,
    env: benchServerEnv({ base: BASE, databaseUrl: `file:./${LARGE_DB_FILE}` }),
    logFile: "bench-results/server-navigation.log",
  });
  const cookies = browserCookies(await signIn(BASE, benchLogin(1)));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  const samples = Object.fromEntries([...LOADS, ...STEPS].map(({ key }) => [key, { waited: [], request: [] }]));
  for (let round = 0; round <= ROUNDS; round += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addCookies(cookies);
    const page = await context.newPage();
    for (const { key, path } of LOADS) {
      await page.goto(`${BASE}${path}`, { waitUntil: "load" });
      if (round > 0) samples[key].waited.push(await largestContentfulPaint(page));
    }
    for (const step of STEPS) {
      const { waited, request } = await follow(page, step);
      if (round === 0) continue;
      samples[step.key].waited.push(waited);
      samples[step.key].request.push(request);
    }
    await context.close();
  }
  await browser.close();
  stopServer();

  const results = Object.entries(samples).map(([key, { waited, request }]) => ({
    key,
    waitedMs: spreadOf(waited),
    requestMs: request.length ? spreadOf(request) : null,
  }));
  console.log(`\n${ROUNDS} rounds. | what | ms, median (min–max) | the page's request, ms | × the request |\n| --- | ---: | ---: | ---: |`);
  for (const r of results) {
    const ratio = r.requestMs ? (r.waitedMs.median / r.requestMs.median).toFixed(2) : "";
    console.log(
      `| ${r.key}${r.requestMs ? ", click to content" : ", largest contentful paint"} | ${ms(r.waitedMs)} | ${r.requestMs ? ms(r.requestMs) : ""} | ${ratio} |`,
    );
  }
  writeFileSync(
    "bench-results/navigation.json",
    `${JSON.stringify({ date: new Date().toISOString(), commit: currentCommit(), loadAverage: load, rounds: ROUNDS, results }, null, 2)}\n`,
  );
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(stopServer);
