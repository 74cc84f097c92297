// Writes a new migration from the last committed schema to the current one.
// `prisma migrate dev` needs a shadow database the WebAssembly engine cannot make, so
// migrations are diffs: npm run db:migration -- <name>
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const name = (process.argv[2] ?? "change").replace(/[^a-z0-9_]/gi, "_");
const dir = mkdtempSync(join(tmpdir(), "migration-"));
const previous = join(dir, "previous.prisma");
writeFileSync(previous, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"]));
const sql = execFileSync(
  "npx",
  ["prisma", "migrate", "diff", "--from-schema-datamodel", previous, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { encoding: "utf8" },
);
if (!sql.trim() || sql.includes("This is an empty migration")) {
  console.log("The schema has not changed since HEAD: no migration written.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const target = join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(target, { recursive: true });
writeFileSync(join(target, "migration.sql"), sql);
console.log(`Wrote ${target}/migration.sql`);
execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "inherit" });
