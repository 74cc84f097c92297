// The production shape on this machine: PostgreSQL on 127.0.0.1, two web instances of the
// same build on one database, and one worker process (the mail and billing workers), each
// in its own process group.
//   node scripts/cluster.mjs up     bring it up with the demo data and wait (Ctrl-C stops it)
//   node scripts/cluster.mjs test   bring it up, run the specs of e2e/cluster, tear it down
// Expects a build (`next build`; npm test makes one). The instances run with the workers off,
// as behind a load balancer: the worker process alone delivers mail and bills.
import { execFileSync, execSync, spawn } from "node:child_process";
import { freshDatabase } from "./test-database.mjs";

const mode = process.argv[2] ?? "up";
const PORTS = [Number(process.env.CLUSTER_PORT_A ?? 3201), Number(process.env.CLUSTER_PORT_B ?? 3202)];
// A small request budget, so the specs can spend it; the production default is 600.
const RATE_LIMIT = process.env.CLUSTER_RATE_LIMIT ?? (mode === "test" ? "40" : "600");

process.env.TEST_DATABASE = "postgres";
process.env.PG_URL ??= execFileSync("bash", ["scripts/postgres-setup.sh"], { encoding: "utf8" }).trim();
const databaseUrl = await freshDatabase(process.env.CLUSTER_DATABASE ?? "cluster");
const env = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: databaseUrl,
  DEV_MAILBOX: "1",
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "cluster-secret-0123456789-0123456789-0123456789",
  NEXTAUTH_URL: `http://127.0.0.1:${PORTS[0]}`,
  APP_URL: `http://127.0.0.1:${PORTS[0]}`,
  RATE_LIMIT_PER_MINUTE: RATE_LIMIT,
  // The load balancer on this machine: specs that need addresses of their own send them.
  TRUSTED_PROXIES: "loopback",
};
execSync("node scripts/prepare-db.mjs", { stdio: "inherit", env });

const children = [];
function start(name, command, args, extra = {}) {
  const child = spawn(command, args, { env: { ...env, ...extra }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const prefix = (chunk) => chunk.toString().split("\n").filter(Boolean).map((l) => `[${name}] ${l}\n`).join("");
  child.stdout.on("data", (c) => process.stdout.write(prefix(c)));
  child.stderr.on("data", (c) => process.stderr.write(prefix(c)));
  children.push(child);
  return child;
}
function stopAll() {
  for (const child of children) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {}
  }
}
process.on("SIGINT", () => (stopAll(), process.exit(130)));
process.on("SIGTERM", () => (stopAll(), process.exit(143)));

for (const [i, port] of PORTS.entries()) {
  start(`web-${"ab"[i]}`, "node", ["scripts/server.mjs", "-p", String(port), "-H", "127.0.0.1"], { MAIL_WORKER: "off", BILLING_WORKER: "off" });
}
start("worker", "npx", ["tsx", "scripts/worker.ts"]);
// For the specs: an instance whose database is down from the start (nothing listens there).
const DOWN_PORT = Number(process.env.CLUSTER_PORT_DOWN ?? 3203);
if (mode === "test") {
  start("web-down", "node", ["scripts/server.mjs", "-p", String(DOWN_PORT), "-H", "127.0.0.1"], {
    DATABASE_URL: "postgresql://cabinet:cabinet@127.0.0.1:1/cluster",
    MAIL_WORKER: "off",
    BILLING_WORKER: "off",
  });
}

async function waitFor(url, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
try {
  await Promise.all([...PORTS, ...(mode === "test" ? [DOWN_PORT] : [])].map((port) => waitFor(`http://127.0.0.1:${port}/login`)));
} catch (error) {
  console.error(error.message);
  stopAll();
  process.exit(1);
}
console.log(`\nTwo web instances: ${PORTS.map((p) => `http://127.0.0.1:${p}`).join(" and ")}, one worker, on ${databaseUrl.replace(/:[^:@/]*@/, ":…@")}\n`);

if (mode === "test") {
  const code = await new Promise((resolve) => {
    const run = spawn("npx", ["playwright", "test", "--config", "playwright.cluster.config.ts", ...process.argv.slice(3)], {
      stdio: "inherit",
      env: {
        ...env,
        NODE_ENV: "test",
        E2E_DATABASE_URL: databaseUrl,
        CLUSTER_URLS: PORTS.map((p) => `http://127.0.0.1:${p}`).join(","),
        CLUSTER_DOWN_URL: `http://127.0.0.1:${DOWN_PORT}`,
      },
    });
    run.on("close", (c) => resolve(c ?? 1));
  });
  stopAll();
  process.exit(code);
}
