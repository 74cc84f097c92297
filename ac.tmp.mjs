import autocannon from "autocannon";
const BASE = "http://127.0.0.1:3191";
const jar = new Map();
const take = (r) => { for (const l of r.headers.getSetCookie()) { const [p] = l.split(";"); const i = p.indexOf("="); jar.set(p.slice(0, i), p.slice(i + 1)); } };
const ck = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
const c = await fetch(`${BASE}/api/auth/csrf`); take(c); const { csrfToken } = await c.json();
take(await fetch(`${BASE}/api/auth/callback/credentials`, { method: "POST", redirect: "manual", headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: ck() }, body: new URLSearchParams({ csrfToken, identifier: "bench-00007", password: "Kabinet-2026", json: "true" }) }));
for (const path of process.argv.slice(2)) await autocannon({ url: `${BASE}${path}`, connections: 10, amount: 300, headers: { cookie: ck() } });
