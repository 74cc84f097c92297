// `npm test`: every test, on both databases the cabinet runs on.
//   1. unit tests on SQLite, then on PostgreSQL;
//   2. one production build; the end-to-end suite on SQLite, the JavaScript size budget of
//      every page (scripts/js-budget.mjs), the end-to-end suite on PostgreSQL;
//   3. the cluster specs: two web instances and a worker on one PostgreSQL.
// PostgreSQL comes from scripts/postgres-setup.sh (Debian's package, a cluster on 127.0.0.1).
// TEST_POSTGRES=off runs only the SQLite half, for a machine without PostgreSQL; extra
// arguments go to every Playwright run.
import { execFileSync, spawnSync } from "node:child_process";

const withPostgres = process.env.TEST_POSTGRES !== "off";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const extra = process.argv.slice(2);
const started = Date.now();
const timings = [];

function step(name, command, args, stepEnv = {}) {
  const t0 = Date.now();
  console.log(`\n=== ${name} ===`);
  const run = spawnSync(command, args, { stdio: "inherit", env: { ...env, ...stepEnv } });
  timings.push(`${name}: ${Math.round((Date.now() - t0) / 1000)} s`);
  if (run.status !== 0) {
    console.error(`\n!!! ${name} failed (exit ${run.status ?? run.signal})`);
    console.error(timings.join("\n"));
    process.exit(run.status ?? 1);
  }
}

let pg = {};
if (withPostgres) {
  const url = execFileSync("bash", ["scripts/postgres-setup.sh"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim();
  pg = { TEST_DATABASE: "postgres", PG_URL: url };
}

step("unit tests on SQLite", "npx", ["vitest", "run"]);
if (withPostgres) step("unit tests on PostgreSQL", "npx", ["vitest", "run"], pg);
step("end-to-end suite on SQLite (with the build)", "node", ["scripts/e2e.mjs", ...extra]);
step("the JavaScript size budget of every page (the build's chunks, gzip)", "node", ["scripts/js-budget.mjs"]);
if (withPostgres) {
  step("end-to-end suite on PostgreSQL", "node", ["scripts/e2e.mjs", ...extra], { ...pg, SKIP_BUILD: "1" });
  step("two web instances and a worker on one PostgreSQL", "node", ["scripts/cluster.mjs", "test"], pg);
}
console.log(`\n${timings.join("\n")}\nAll tests passed in ${Math.round((Date.now() - started) / 1000)} s.`);
