// Several runs of `npm run bench` side by side (issue 13: three runs, the spread shown, the
// load average at the start): for each target, the median over the runs of its throughput as
// a ratio of the bare route measured beside it in the same run, with the lowest and highest,
// and the same for p95; the server's and the database's CPU a request; each run's commit and
// load average. Every run of the benchmark keeps its report in bench-results/runs/.
//
// Usage: node scripts/bench-summary.mjs [sqlite|postgres] [N]  (the last N runs, 3 by default,
// of that database), or node scripts/bench-summary.mjs <report.json>…
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { spreadOf } from "./bench-server.mjs";

const RUNS_DIR = "bench-results/runs";
const args = process.argv.slice(2);

function reportFiles() {
  if (args.length && args.every((a) => a.endsWith(".json"))) return args;
  const database = (args[0] ?? "sqlite").toLowerCase().startsWith("postgres") ? "postgres" : "sqlite";
  const count = Number(args[1] ?? 3);
  if (!existsSync(RUNS_DIR)) throw new Error(`No runs yet: ${RUNS_DIR} is made by npm run bench`);
  return readdirSync(RUNS_DIR)
    .filter((f) => f.startsWith(`${database}-`) && f.endsWith(".json"))
    .sort()
    .slice(-count)
    .map((f) => `${RUNS_DIR}/${f}`);
}

const files = reportFiles();
if (files.length === 0) throw new Error("No reports to summarise");
const reports = files.map((f) => JSON.parse(readFileSync(f, "utf8")));
const fmt = (value, digits) => (value === null || value === undefined || Number.isNaN(value) ? "—" : value.toFixed(digits));
const withSpread = (values, digits) => {
  const { median: mid, min, max } = spreadOf(values);
  return values.length > 1 ? `${fmt(mid, digits)} (${fmt(min, digits)}–${fmt(max, digits)})` : fmt(mid, digits);
};

console.log(`${reports[0].config.database}, ${reports.length} runs:`);
for (const [i, r] of reports.entries()) {
  console.log(`  ${files[i]}: ${r.date.slice(0, 16).replace("T", " ")}, commit ${r.commit ?? "?"}, load average ${r.machine.loadAverageBefore} at the start`);
}

const keys = [...new Set(reports.flatMap((r) => r.results.map((t) => t.key)))];
console.log("\n| target | req/s | req/s ÷ bare | p95 ÷ bare | server CPU ms/req | database CPU ms/req |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
for (const key of keys) {
  const targets = reports.map((r) => r.results.find((t) => t.key === key)).filter((t) => t?.measured);
  if (targets.length === 0) continue;
  const ofBare = (t, field) => (t.bare ? t[field] / t.bare[field] : null);
  const present = (values) => values.filter((v) => v !== null && v !== undefined);
  const rpsRatios = present(targets.map((t) => ofBare(t, "rps")));
  const p95Ratios = present(targets.map((t) => ofBare(t, "p95")));
  const databaseCpu = present(targets.map((t) => t.databaseCpuMsPerRequest));
  console.log(
    `| ${targets[0].name} | ${withSpread(
      targets.map((t) => t.rps),
      1,
    )} | ${rpsRatios.length ? withSpread(rpsRatios, 2) : ""} | ${p95Ratios.length ? withSpread(p95Ratios, 2) : ""} | ${withSpread(
      targets.map((t) => t.cpuMsPerRequest),
      1,
    )} | ${databaseCpu.length ? withSpread(databaseCpu, 1) : ""} |`,
  );
}
console.log(`\nMedian over the runs (lowest–highest). Each ratio is to the bare route measured right before and after that target in the same run.`);
