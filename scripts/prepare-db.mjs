// Migrates the embedded database and seeds the demo data (idempotent).
import { execSync } from "node:child_process";
import { mkdirSync } from "node:fs";

mkdirSync("data", { recursive: true });
const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "file:./data/cabinet.db" };
execSync("npx prisma migrate deploy", { stdio: ["ignore", "ignore", "inherit"], env });
if (process.env.SKIP_SEED !== "1") execSync("npx tsx prisma/seed.ts", { stdio: "inherit", env });
