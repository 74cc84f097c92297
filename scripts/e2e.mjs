// The end-to-end suite: build, a fresh migrated and seeded database, then Playwright
// (which starts the production server itself). Extra arguments go to Playwright.
import { execSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { startClamd } from "./clamd.mjs";
import { freshDatabase, isPostgresRun } from "./test-database.mjs";

// On the embedded SQLite file data/e2e.db, or with TEST_DATABASE=postgres on the database
// e2e of the local PostgreSQL (scripts/postgres-setup.sh): the same build serves either.
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

if (!existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium")) {
  console.error("Debian's chromium is missing: apt-get install -y chromium");
  process.exit(1);
}
if (process.env.SKIP_BUILD !== "1") execSync("npx next build", { stdio: "inherit", env });

mkdirSync("data", { recursive: true });
const dbUrl = await freshDatabase("e2e");
console.log(`End-to-end suite on ${isPostgresRun() ? "PostgreSQL" : "SQLite"}: ${dbUrl.replace(/:[^:@/]*@/, ":…@")}`);
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

// Playwright's output passes through, and the server's lines (Playwright prints its stderr)
// are watched for next-intl's MISSING_MESSAGE: a client component rendered without its
// catalogue path (see components/i18n/client-messages.tsx) fails the run even when no
// spec looks at the text.
function playwright(args) {
  return new Promise((resolve) => {
    const child = spawn("npx", ["playwright", "test", ...args], {
      stdio: ["inherit", "pipe", "pipe"],
      env: { ...env, E2E_DATABASE_URL: dbUrl, E2E_STORAGE_DIR: storageDir, E2E_CLAMD_PORT: String(clamdPort) },
    });
    const missing = new Set();
    const watch = (out) => (chunk) => {
      out.write(chunk);
      for (const line of chunk.toString().split("\n")) if (line.includes("MISSING_MESSAGE")) missing.add(line.trim());
    };
    child.stdout.on("data", watch(process.stdout));
    child.stderr.on("data", watch(process.stderr));
    child.on("close", (code) => resolve({ code: code ?? 1, missing: [...missing] }));
  });
}

try {
  const { code, missing } = await playwright(process.argv.slice(2));
  process.exitCode = code;
  if (missing.length) {
    console.error(`\n!!! The server rendered ${missing.length} message(s) missing from the client catalogue:\n${missing.join("\n")}`);
    process.exitCode = 1;
  }
} finally {
  await clamd?.stop();
}
