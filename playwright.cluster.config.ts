import { defineConfig, devices } from "@playwright/test";
import { BROWSER } from "./playwright.config";

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
  use: { ...BROWSER, baseURL: A },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
});
