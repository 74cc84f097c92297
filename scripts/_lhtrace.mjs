import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { startServer, stopServer, benchServerEnv, LARGE_DB_FILE, signIn, periodQuery } from "./bench-server.mjs";
const BASE = "http://127.0.0.1:3199";
await startServer({ port: 3199, env: benchServerEnv({ base: BASE, databaseUrl: `file:./${LARGE_DB_FILE}` }), logFile: "bench-results/probe.log" });
const cookie = await signIn(BASE, "bench-00001");
const P = process.env.P === "stats" ? `/statistics?${periodQuery(29, "day")}` : (process.env.P ?? "/bench-bare");
await fetch(BASE + P, { headers: { cookie } });
const chrome = await launch({ chromePath: "/usr/bin/chromium", chromeFlags: ["--headless=new", "--no-sandbox"], logLevel: "silent" });
const r = await lighthouse(BASE + P, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"], extraHeaders: { Cookie: cookie } });
chrome.kill(); stopServer();
const ev = r.artifacts.Trace.traceEvents;
const byThread = new Map();
for (const e of ev) if (e.name === "RunTask" && e.dur) { const k = e.pid + ":" + e.tid; byThread.set(k, (byThread.get(k) ?? 0) + e.dur); }
const [mt] = [...byThread].sort((a, b) => b[1] - a[1])[0];
const [pid, tid] = mt.split(":").map(Number);
const mine = ev.filter((e) => e.pid === pid && e.tid === tid && e.ph === "X" && e.dur);
const all = mine.filter((e) => e.name === "RunTask").sort((a, b) => a.ts - b.ts);
const t0 = all[0]?.ts;
console.log("tasks", all.length, "span ms", ((all.at(-1).ts - t0) / 1000).toFixed(0), "busy ms", (all.reduce((s, t) => s + t.dur, 0) / 1000).toFixed(0));
// busy per second
const perSec = new Map(); for (const t of all) { const s = Math.floor((t.ts - t0) / 1e6); perSec.set(s, (perSec.get(s) ?? 0) + t.dur / 1000); }
console.log([...perSec].map(([s, d]) => `${s}s:${d.toFixed(0)}`).join(" "));
for (const t of all.filter((t) => t.dur > 25000)) {
  const kids = mine.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur);
  const agg = new Map();
  for (const k of kids) { const key = k.name + (k.args?.data?.url ? " " + k.args.data.url.slice(-40) : ""); agg.set(key, (agg.get(key) ?? 0) + k.dur); }
  console.log(`task at +${((t.ts - t0) / 1000).toFixed(0)} ms: ${(t.dur / 1000).toFixed(1)} ms: ` + [...agg].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, d]) => `${(d / 1000).toFixed(1)} ${k}`).join("; "));
}
process.exit(0);
