// One step of a test script (scripts/test.mjs, scripts/e2e-shifted.mjs), with a deadline:
// the step runs in a process group of its own, so a step that hangs is killed with every
// server and browser it started, and the run fails naming it, rather than waiting for CI's
// own limit to end it in silence.
import { execFileSync, spawn } from "node:child_process";

const started = Date.now();
const timings = [];
let current = null;

export const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;
export const timingsText = () => timings.join("\n");

const killGroup = (child) => {
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {}
};

// Ctrl-C or a CI runner's SIGTERM ends the step's whole group too.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (current) killGroup(current);
    process.exit(130);
  });
}

export function fail(message, code = 1) {
  console.error(`\n!!! ${message}`);
  console.error(timingsText());
  process.exit(code);
}

export async function step(name, deadlineMinutes, command, args, env = process.env) {
  const t0 = Date.now();
  console.log(`\n=== ${name} (at ${elapsed()}, deadline ${deadlineMinutes} min) ===`);
  const { code, signal, isLate } = await new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: "inherit",
      env,
      detached: true,
    });
    current = child;
    let isLate = false;
    const timer = setTimeout(() => {
      isLate = true;
      killGroup(child);
    }, deadlineMinutes * 60_000);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      current = null;
      resolve({ code, signal, isLate });
    });
  });
  timings.push(`${name}: ${Math.round((Date.now() - t0) / 1000)} s`);
  if (isLate) fail(`${name} did not finish within ${deadlineMinutes} min and was stopped`);
  if (code !== 0) fail(`${name} failed (exit ${code ?? signal})`, code ?? 1);
}

// Debian's faketime, which moves the clock of a step (the unit tests and the dated specs).
export function hasFaketime() {
  try {
    execFileSync("faketime", ["-f", "+0", "true"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
