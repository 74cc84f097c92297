// The suite on another date: Debian's faketime moves the clock of the seed, the server, the
// Playwright workers and the browser ahead together (lib/clock.ts reads it like any clock),
// by 400 days: a year and a month boundary. These are the end-to-end specs that read seeded
// history or depend on the date: billing periods, closed months and their packs, overdue
// invoices, the 30-day draft expiry, "this month" statistics. (The unit tests already ran
// shifted, in `npm test`.) Expects a build (npm test makes one); extra arguments replace the
// list of specs; SHIFTED_OFFSETS="+40 days,+400 days" runs several dates. `npm test` runs
// the same (scripts/test.mjs imports the list).
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { fail, hasFaketime, step } from "./step.mjs";

export const SHIFTED_SPECS = [
  "e2e/cabinet",
  "e2e/services",
  "e2e/statistics",
  "e2e/finance",
  "e2e/accession",
  "e2e/staff/billing-notices.spec.ts",
  "e2e/auth/agreement-mailbox.spec.ts",
];
export const SHIFTED_OFFSET = "+400 days";

const isMain = process.argv[1] === fileURLToPath(import.meta.url);
const OFFSETS = (process.env.SHIFTED_OFFSETS ?? SHIFTED_OFFSET)
  .split(",")
  .map((s) => s.trim())
  .filter(Boolean);
const SPECS = process.argv.length > 2 ? process.argv.slice(2) : SHIFTED_SPECS;

if (isMain) await main();

async function main() {
  if (!hasFaketime()) fail("Debian's faketime is missing: apt-get install -y faketime");

  const env = { ...process.env, SKIP_BUILD: "1", NEXT_TELEMETRY_DISABLED: "1" };
  for (const offset of OFFSETS) {
    const shown = execFileSync("faketime", [offset, "date", "-u", "+%Y-%m-%d %H:%M UTC"], { encoding: "utf8" }).trim();
    await step(`end-to-end specs with the clock at ${offset} (${shown})`, 20, "faketime", [offset, "node", "scripts/e2e.mjs", ...SPECS], env);
  }
}
