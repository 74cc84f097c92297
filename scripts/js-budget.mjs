// The JavaScript size budget of every page, read from the production build (`npm test` runs
// it after the build; bytes are deterministic, so this is a test, not a benchmark).
//
// For each page, the first-load JavaScript is the set of chunks Next's build lists for the
// route (.next/diagnostics/route-bundle-stats.json), each counted once at its gzip size (level
// 9, what a server sends). Pages are grouped by their route group: public pages (app/(public)
// and the root pages) and the signed-in pages (the cabinet and the console).
//
// Two figures per group:
//  - GOAL, issue 13's target: ≤ 130 KB for a public page, ≤ 170 KB for a signed-in one.
//    Printed with the gap of every page over it.
//  - CEILING, enforced: the goal itself for signed-in pages; for public pages, whose goal is
//    below the framework's own floor (README, "JavaScript size"), today's heaviest and a
//    little, so that nothing grows unnoticed. A page over its ceiling fails with its largest
//    chunks named. Lower a ceiling as pages shrink; raise one only with a reason in the commit.
// Usage: node scripts/js-budget.mjs [--json]
import { readFileSync, existsSync } from "node:fs";
import { gzipSync } from "node:zlib";

const KB = 1024;
const GROUPS = {
  public: { goal: 130 * KB, ceiling: 165 * KB },
  signedIn: { goal: 170 * KB, ceiling: 170 * KB },
};

const STATS = ".next/diagnostics/route-bundle-stats.json";
const ROUTES = ".next/app-path-routes-manifest.json";
if (!existsSync(STATS) || !existsSync(ROUTES)) {
  console.error(`No production build here (${STATS}): run \`npx next build\` first.`);
  process.exit(1);
}

const stats = JSON.parse(readFileSync(STATS, "utf8"));
// "/(cabinet)/users/page" → "/users": the group of each route, from the build's own manifest.
const groupOf = new Map(
  Object.entries(JSON.parse(readFileSync(ROUTES, "utf8"))).map(([file, route]) => [
    route,
    /^\/\((cabinet|staff)\)\//.test(file) ? "signedIn" : "public",
  ]),
);

const gzipped = new Map();
const sizeOf = (chunk) => {
  if (!gzipped.has(chunk)) gzipped.set(chunk, gzipSync(readFileSync(chunk), { level: 9 }).length);
  return gzipped.get(chunk);
};

const pages = stats
  .filter((entry) => groupOf.has(entry.route))
  .map((entry) => {
    const chunks = [...new Set(entry.firstLoadChunkPaths)].map((path) => ({ path, bytes: sizeOf(path) }));
    return { route: entry.route, group: groupOf.get(entry.route), bytes: chunks.reduce((sum, c) => sum + c.bytes, 0), chunks };
  })
  .sort((a, b) => a.group.localeCompare(b.group) || b.bytes - a.bytes);

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const over = [];
if (process.argv.includes("--json")) console.log(JSON.stringify(pages.map(({ chunks, ...p }) => p), null, 2));
else {
  console.log("| page | group | first-load JS (gzip) | goal | over the goal by |");
  console.log("| --- | --- | ---: | ---: | ---: |");
}
for (const page of pages) {
  const { goal, ceiling } = GROUPS[page.group];
  if (!process.argv.includes("--json")) {
    console.log(`| ${page.route} | ${page.group} | ${kb(page.bytes)} | ${kb(goal)} | ${page.bytes > goal ? kb(page.bytes - goal) : "—"} |`);
  }
  if (page.bytes > ceiling) over.push({ ...page, ceiling });
}

const atGoal = pages.filter((p) => p.bytes <= GROUPS[p.group].goal).length;
console.log(`\n${atGoal} of ${pages.length} pages within the goal (public ≤ ${kb(GROUPS.public.goal)}, signed-in ≤ ${kb(GROUPS.signedIn.goal)}).`);
if (over.length) {
  console.error(`\n!!! ${over.length} page(s) over the enforced ceiling:`);
  for (const page of over) {
    const largest = [...page.chunks].sort((a, b) => b.bytes - a.bytes).slice(0, 5);
    console.error(`  ${page.route}: ${kb(page.bytes)} > ${kb(page.ceiling)}; largest chunks: ${largest.map((c) => `${c.path} ${kb(c.bytes)}`).join(", ")}`);
  }
  process.exit(1);
}
console.log(`Every page within its ceiling (public ≤ ${kb(GROUPS.public.ceiling)}, signed-in ≤ ${kb(GROUPS.signedIn.ceiling)}).`);
