// Interleaved A/B: server CPU time per request for several paths, from /proc.
import { readFileSync, readdirSync } from "node:fs";
const BASE = "http://127.0.0.1:3191";
const serverPid = readdirSync("/proc").filter((d) => /^\d+$/.test(d)).find((d) => { try { return readFileSync(`/proc/${d}/cmdline`, "utf8").startsWith("next-server"); } catch { return false; } });
const cpu = () => { const f = readFileSync(`/proc/${serverPid}/stat`, "utf8").split(") ")[1].split(" "); return (Number(f[11]) + Number(f[12])) * 10; };
const jar = new Map();
const take = (r) => { for (const l of r.headers.getSetCookie()) { const [p] = l.split(";"); const i = p.indexOf("="); jar.set(p.slice(0, i), p.slice(i + 1)); } };
const ck = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
const c = await fetch(`${BASE}/api/auth/csrf`); take(c); const { csrfToken } = await c.json();
take(await fetch(`${BASE}/api/auth/callback/credentials`, { method: "POST", redirect: "manual", headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: ck() }, body: new URLSearchParams({ csrfToken, identifier: "bench-00007", password: "Kabinet-2026", json: "true" }) }));
const N = 80, C = 8;
async function run(path) { const w = async () => { for (let i = 0; i < N / C; i++) { const r = await fetch(`${BASE}${path}`, { headers: { cookie: ck(), "accept-encoding": "identity" } }); await r.arrayBuffer(); } }; await Promise.all(Array.from({ length: C }, w)); }
const paths = process.argv.slice(2); const sums = Object.fromEntries(paths.map((p) => [p, []]));
for (const p of paths) await run(p);
for (let round = 0; round < 4; round++) for (const p of paths) { const b = cpu(); await run(p); sums[p].push((cpu() - b) / N); }
for (const p of paths) { const s = sums[p].sort((a, b) => a - b); console.log(p.slice(0, 50).padEnd(50), "cpu ms/req median", ((s[1] + s[2]) / 2).toFixed(1), "all", s.map((x) => x.toFixed(1)).join(" ")); }
