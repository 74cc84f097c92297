// Whether .next is older than any source it was built from (npm start and npm run bench
// build only then).
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const SOURCES = ["app", "components", "lib", "emails", "messages", "public", "patches", "proxy.ts", "next.config.ts", "package.json"];

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

export function needsBuild() {
  if (!existsSync(".next/BUILD_ID")) return true;
  const built = statSync(".next/BUILD_ID").mtimeMs;
  return SOURCES.some((source) => existsSync(source) && newestMtime(source) > built);
}
