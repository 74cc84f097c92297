import { execSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";

// Unit tests run against their own SQLite file, migrated fresh for every run.
export default function setup() {
  const file = "data/unit-test.db";
  mkdirSync("data", { recursive: true });
  rmSync(file, { force: true });
  execSync("npx prisma migrate deploy", {
    env: { ...process.env, DATABASE_URL: `file:./${file}` },
    stdio: ["ignore", "ignore", "inherit"],
  });
}
