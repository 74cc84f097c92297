import { defineConfig, devices, type PlaywrightTestConfig } from "@playwright/test";
import { E2E_PORT, E2E_SECRET } from "./e2e/fixtures/server";

// Debian's chromium, as every Playwright run here uses it (this and playwright.cluster.config.ts).
export const BROWSER: PlaywrightTestConfig["use"] = {
  trace: "retain-on-failure",
  locale: "ru-RU",
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  },
};

const PORT = E2E_PORT;
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";
// The upload scanner and file store of the test server (scripts/e2e.mjs starts the clamd);
// set here so the specs, which run in workers, read the same values.
process.env.E2E_STORAGE_DIR ??= "data/e2e-storage";
process.env.E2E_CLAMD_PORT ??= String(PORT + 1000);

// The production server on loopback with its own database (scripts/e2e.mjs migrates and
// seeds it), Debian's chromium, and two workers for these two-core machines.
export default defineConfig({
  testDir: "./e2e",
  // Several servers on one PostgreSQL: scripts/cluster.mjs runs these with their own config.
  // On PostgreSQL (npm test's second run) the specs of what happens before the database is
  // asked anything are not repeated: the access matrix (who may open which route: the same
  // guards, and the same scoped queries, whose SQL the unit tests run on both databases),
  // the body limits, the malformed requests, and every screen's layout and accessibility
  // (the same markup from the same build).
  testIgnore: ["cluster/**", ...(process.env.TEST_DATABASE === "postgres" ? ["access-matrix.spec.ts", "requests/upload-limits.spec.ts", "security/malformed-requests.spec.ts", "screens.spec.ts"] : [])],
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: process.env.CI ? 1 : 0,
  // The longest specs (consent, a staff view, maintenance) take 40 s on an idle machine.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: { ...BROWSER, baseURL: `http://127.0.0.1:${PORT}` },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `node scripts/server.mjs -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/login`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      DATABASE_URL: E2E_DATABASE_URL,
      DEV_MAILBOX: "1",
      NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
      APP_URL: `http://127.0.0.1:${PORT}`,
      NEXTAUTH_SECRET: E2E_SECRET,
      RATE_LIMIT_PER_MINUTE: "100000",
      CLAMD_HOST: "127.0.0.1",
      CLAMD_PORT: process.env.E2E_CLAMD_PORT,
      STORAGE_DIR: process.env.E2E_STORAGE_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
      // The browser reaches the server over loopback, as a load balancer would: specs that
      // need addresses of their own send X-Forwarded-For (e2e/auth/helpers.ts).
      TRUSTED_PROXIES: "loopback",
    },
  },
});
