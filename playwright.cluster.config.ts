import { defineConfig, devices } from "@playwright/test";

// The specs of several servers on one PostgreSQL (e2e/cluster): scripts/cluster.mjs starts
// PostgreSQL, the two web instances and the worker, then runs this configuration.
const [A] = (process.env.CLUSTER_URLS ?? "http://127.0.0.1:3201,http://127.0.0.1:3202").split(",");

export default defineConfig({
  testDir: "./e2e/cluster",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: A,
    locale: "ru-RU",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
});
