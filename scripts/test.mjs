// `npm test`: every test, on both databases the cabinet runs on.
//   1. unit tests on SQLite, with the clock 400 days ahead (Debian's faketime, when it is
//      installed: a year and a month boundary; the tests read one injectable clock, never
//      the day), then on PostgreSQL at today's date;
//   2. one production build; the end-to-end suite on SQLite, the JavaScript size budget of
//      every page (scripts/js-budget.mjs), the end-to-end suite on PostgreSQL;
//   3. the cluster specs: two web instances and a worker on one PostgreSQL;
//   4. with faketime, the end-to-end specs that read seeded history or depend on the date,
//      400 days ahead (scripts/e2e-shifted.mjs).
// PostgreSQL comes from scripts/postgres-setup.sh (Debian's package, a cluster on 127.0.0.1).
// TEST_POSTGRES=off runs only the SQLite half, for a machine without PostgreSQL; extra
// arguments go to every Playwright run.
//
// Every step has a deadline (scripts/step.mjs).
import { execFileSync } from "node:child_process";
import { SHIFTED_OFFSET, SHIFTED_SPECS } from "./e2e-shifted.mjs";
import { elapsed, hasFaketime, step, timingsText } from "./step.mjs";

const withPostgres = process.env.TEST_POSTGRES !== "off";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const extra = process.argv.slice(2);
const MINUTE = 60_000;

let pg = {};
if (withPostgres) {
  const url = execFileSync("bash", ["scripts/postgres-setup.sh"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    timeout: 5 * MINUTE,
  }).trim();
  console.log(`PostgreSQL for the tests: ${url.replace(/:[^:@/]*@/, ":…@")}`);
  pg = { TEST_DATABASE: "postgres", PG_URL: url };
}

const SHIFT = process.env.UNIT_CLOCK_SHIFT ?? SHIFTED_OFFSET;
const isShiftable = hasFaketime();
if (isShiftable) {
  await step(`unit tests on SQLite, the clock at ${SHIFT}`, 15, "faketime", [SHIFT, "npx", "vitest", "run"], env);
} else {
  console.log("Debian's faketime is missing (apt-get install -y faketime): the unit tests run at today's date only.");
  await step("unit tests on SQLite", 15, "npx", ["vitest", "run"], env);
}
if (withPostgres)
  await step("unit tests on PostgreSQL", 15, "npx", ["vitest", "run"], {
    ...env,
    ...pg,
  });
await step("end-to-end suite on SQLite (with the build)", 35, "node", ["scripts/e2e.mjs", ...extra], env);
await step("the JavaScript size budget of every page (the build's chunks, gzip)", 2, "node", ["scripts/js-budget.mjs"], env);
if (withPostgres) {
  await step("end-to-end suite on PostgreSQL", 30, "node", ["scripts/e2e.mjs", ...extra], { ...env, ...pg, SKIP_BUILD: "1" });
  await step("two web instances and a worker on one PostgreSQL", 8, "node", ["scripts/cluster.mjs", "test"], { ...env, ...pg });
}
if (isShiftable) {
  await step(
    `end-to-end specs that depend on the date, the clock at ${SHIFTED_OFFSET}`,
    20,
    "faketime",
    [SHIFTED_OFFSET, "node", "scripts/e2e.mjs", ...SHIFTED_SPECS],
    { ...env, SKIP_BUILD: "1" },
  );
} else console.log("Debian's faketime is missing: the end-to-end specs on another date (scripts/e2e-shifted.mjs) did not run.");
console.log(`\n${timingsText()}\nAll tests passed in ${elapsed()}.`);
