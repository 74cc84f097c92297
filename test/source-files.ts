import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

// Every .ts and .tsx file under the given folders, for the tests that read the sources.
export function sourceFiles(...roots: string[]): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return walk(path);
      return /\.(ts|tsx)$/.test(name) ? [path] : [];
    });
  return roots.flatMap(walk);
}
