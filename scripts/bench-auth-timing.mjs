// How long the forms that take an e-mail address answer, for an address that has an
// account and for one that has none (security issue: the answer must not tell them apart
// by its time). Needs a production build (`npx next build`); starts the server on its own
// fresh seeded database with the mail worker off (delivery happens after the answer and
// would only add noise), then alternates the two kinds of request and prints their ranges.
//   node scripts/bench-auth-timing.mjs [rounds=25]
import { execSync, spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { performance } from "node:perf_hooks";

const ROUNDS = Number(process.argv[2] ?? 25);
const PORT = 3390;
const BASE = `http://127.0.0.1:${PORT}`;
const DB = "file:./data/auth-timing.db";
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`data/auth-timing.db${suffix}`, { force: true });
const env = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: DB,
  DEV_MAILBOX: "1",
  MAIL_WORKER: "off",
  RATE_LIMIT_PER_MINUTE: "1000000",
  NEXTAUTH_URL: BASE,
  APP_URL: BASE,
  NEXTAUTH_SECRET: "auth-timing-secret-0123456789-0123456789",
};
execSync("node scripts/prepare-db.mjs", { stdio: "ignore", env });

// The seed has nine people; each address may get five sign-in mails in 15 minutes, so the
// known side gets more people: copies of an active person under new addresses.
const { default: Database } = await import("better-sqlite3");
{
  const sqlite = new Database("data/auth-timing.db");
  const columns = sqlite.prepare(`PRAGMA table_info("User")`).all().map((c) => c.name);
  const source = sqlite.prepare(`SELECT * FROM "User" WHERE "status" = 'ACTIVE' AND "passwordHash" IS NOT NULL AND "staffRole" IS NULL LIMIT 1`).get();
  const insert = sqlite.prepare(`INSERT INTO "User" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`);
  for (let i = 0; i < 30; i++) {
    const copy = { ...source, id: `timing-${i}`, email: `known-${i}@example.kz`, loginKey: source.loginKey ? `timing-${i}` : null };
    if ("login" in copy && copy.login) copy.login = `timing-${i}`;
    insert.run(...columns.map((c) => copy[c]));
  }
  sqlite.close();
}

const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8"));
const actionId = (file, name) => Object.entries(manifest.node).find(([, v]) => v.filename === file && v.exportedName === name)?.[0];
const resetId = actionId("lib/actions/request-password-reset.ts", "requestPasswordReset");
const registerId = actionId("lib/actions/register-user.ts", "registerUser");
if (!resetId || !registerId) throw new Error("actions not found in the build's manifest: run `npx next build` first");

const server = spawn("node", ["scripts/server.mjs", "-p", String(PORT), "-H", "127.0.0.1"], { env, stdio: "ignore" });
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${BASE}/login`)).ok) break;
    } catch {}
    if (i > 120) throw new Error("the server did not start");
    await new Promise((r) => setTimeout(r, 500));
  }
  const sqlite = new Database("data/auth-timing.db", { readonly: true });
  const known = sqlite.prepare(`SELECT "email" FROM "User" WHERE "status" = 'ACTIVE' AND "passwordHash" IS NOT NULL AND "email" IS NOT NULL`).all().map((r) => r.email);
  const versions = sqlite.prepare(`SELECT "version" FROM "AgreementVersion" WHERE "kind" = 'AGREEMENT' ORDER BY "effectiveAt" DESC`).all().map((r) => r.version);
  sqlite.close();

  async function call(page, id, input) {
    const started = performance.now();
    const response = await fetch(`${BASE}${page}`, {
      method: "POST",
      headers: { "Next-Action": id, Origin: BASE, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
      body: JSON.stringify([input]),
    });
    const body = await response.text();
    const ms = performance.now() - started;
    if (!response.ok || !body.includes('"ok":true')) throw new Error(`${page} answered ${response.status}: ${body.slice(0, 300)}`);
    return ms;
  }
  // Each address may receive five sign-in mails in 15 minutes: the known addresses are
  // taken in turn so that every request does the full work, never the limit's refusal.
  let version;
  const person = (email) => ({ email, name: "Тест Тестов", phone: "+77010000000", agreementVersion: version, acceptAgreement: true });
  // The version in force (one may be published for later): the one the action accepts.
  for (const v of versions) {
    version = v;
    if (await call("/register", registerId, person("probe@example.kz")).then(() => true, () => false)) break;
  }
  const runs = {
    "reset, existing address": (i) => call("/forgot-password", resetId, { email: known[i % known.length] }),
    "reset, unknown address": (i) => call("/forgot-password", resetId, { email: `nobody-${i}@example.kz` }),
    "registration, existing address": (i) => call("/register", registerId, person(known[(i + 2) % known.length])),
    "registration, new address": (i) => call("/register", registerId, person(`new-${i}@example.kz`)),
  };
  if (known.length * 5 < ROUNDS * 2) throw new Error(`only ${known.length} known addresses for ${ROUNDS} rounds`);
  const times = Object.fromEntries(Object.keys(runs).map((k) => [k, []]));
  for (const run of Object.values(runs)) await run(1000); // warm every path once
  for (let i = 0; i < ROUNDS; i++) for (const [name, run] of Object.entries(runs)) times[name].push(await run(i));
  const q = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  console.log(`${ROUNDS} requests of each kind, alternating; load average ${execSync("cat /proc/loadavg").toString().split(" ").slice(0, 3).join(" ")}`);
  console.log("| request | min ms | median ms | p90 ms | max ms |\n| --- | ---: | ---: | ---: | ---: |");
  for (const [name, list] of Object.entries(times)) {
    const s = [...list].sort((a, b) => a - b);
    console.log(`| ${name} | ${s[0].toFixed(1)} | ${q(s, 0.5).toFixed(1)} | ${q(s, 0.9).toFixed(1)} | ${s.at(-1).toFixed(1)} |`);
  }
} finally {
  server.kill("SIGTERM");
}
