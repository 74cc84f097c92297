// The suite on other dates: Debian's faketime moves the clock of the seed, the server, the
// Playwright workers and the browser ahead together (lib/clock.ts reads it like any clock),
// across a month boundary (+40 days) and a year boundary (+400 days). The unit tests run
// there too (once, at the last offset), and the end-to-end specs that read seeded history or depend on the date:
// billing periods, overdue invoices, the 30-day draft expiry, "this month" statistics.
// Expects a build (npm test makes one); extra arguments replace the list of specs.
import { execFileSync, spawnSync } from "node:child_process";

const OFFSETS = (process.env.SHIFTED_OFFSETS ?? "+40 days,+400 days").split(",").map((s) => s.trim()).filter(Boolean);
const SPECS = process.argv.length > 2 ? process.argv.slice(2) : ["e2e/cabinet", "e2e/services", "e2e/statistics", "e2e/staff", "e2e/accession", "e2e/auth/agreement-mailbox.spec.ts"];

try {
  execFileSync("faketime", ["-f", "+0", "true"], { stdio: "ignore" });
} catch {
  console.error("Debian's faketime is missing: apt-get install -y faketime");
  process.exit(1);
}

// The unit tests read one injectable clock, not the day: they run shifted once, at the last
// offset (a year and a month ahead), which keeps the CI run well inside its hour.
const UNIT_OFFSET = process.env.SHIFTED_UNIT_OFFSET ?? OFFSETS.at(-1);
const env = { ...process.env, SKIP_BUILD: "1", NEXT_TELEMETRY_DISABLED: "1" };
for (const offset of OFFSETS) {
  const shown = execFileSync("faketime", [offset, "date", "-u", "+%Y-%m-%d %H:%M UTC"], { encoding: "utf8" }).trim();
  console.log(`\n=== The clock at ${offset}: ${shown} ===`);
  for (const [name, command] of [
    ...(offset === UNIT_OFFSET ? [["unit tests", ["npx", "vitest", "run"]]] : []),
    ["end-to-end specs", ["node", "scripts/e2e.mjs", ...SPECS]],
  ]) {
    const run = spawnSync("faketime", [offset, ...command], { stdio: "inherit", env });
    if (run.status !== 0) {
      console.error(`\n!!! The ${name} failed with the clock at ${offset} (${shown})`);
      process.exit(run.status ?? 1);
    }
  }
}
