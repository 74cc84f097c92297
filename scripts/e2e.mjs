// The end-to-end suite: build, a fresh migrated and seeded database, then Playwright
// (which starts the production server itself). Extra arguments go to Playwright.
import { execSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { startClamd } from "./clamd.mjs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const dbUrl = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";
if (!dbUrl.startsWith("file:")) throw new Error("The end-to-end suite runs only on a local SQLite file");

if (!existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium")) {
  console.error("Debian's chromium is missing: apt-get install -y chromium");
  process.exit(1);
}
if (process.env.SKIP_BUILD !== "1") execSync("npx next build", { stdio: "inherit", env });

mkdirSync("data", { recursive: true });
const file = dbUrl.replace(/^file:/, "");
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
execSync("node scripts/prepare-db.mjs", { stdio: "inherit", env: { ...env, DATABASE_URL: dbUrl } });

// Uploads are scanned: a clamd with the shipped test signatures, and a fresh storage folder.
// Without clamd the suite still runs (uploads wait as PENDING) and the EICAR spec fails loudly.
const storageDir = process.env.E2E_STORAGE_DIR ?? "data/e2e-storage";
rmSync(storageDir, { recursive: true, force: true });
const clamdPort = Number(process.env.E2E_CLAMD_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1000);
const clamd = await startClamd({ port: clamdPort }).catch((error) => {
  console.error(`\n!!! clamd could not start: uploads will wait for a scan and the EICAR spec will fail.\n${error.message}\n`);
  return null;
});

const args = process.argv.slice(2).join(" ");
try {
  execSync(`npx playwright test ${args}`, {
    stdio: "inherit",
    env: { ...env, E2E_DATABASE_URL: dbUrl, E2E_STORAGE_DIR: storageDir, E2E_CLAMD_PORT: String(clamdPort) },
  });
} catch (error) {
  process.exitCode = error.status ?? 1;
} finally {
  await clamd?.stop();
}
