import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The manifest of server actions is lib/actions (the only 'use server' files). Every action
// exported there must be called by a unit test or an end-to-end spec that also checks a
// refusal, so a new action without a test of who may not call it fails the suite.
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

const REFUSAL = /UNAUTHENTICATED|FORBIDDEN|NOT_FOUND|READ_ONLY|BAD_REQUEST|VALIDATION|expectActionRefused/;

describe("the action manifest", () => {
  it("has a refusal test for every exported server action", () => {
    const tests = [...walk("lib"), ...walk("test"), ...walk("e2e")]
      .filter((path) => /\.(test|spec)\.tsx?$/.test(path))
      .map((path) => readFileSync(path, "utf8"));
    const actions = readdirSync("lib/actions")
      .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
      .flatMap((name) => {
        const source = readFileSync(join("lib/actions", name), "utf8");
        expect(source.startsWith('"use server"'), `${name} is a 'use server' file`).toBe(true);
        return [...source.matchAll(/export const (\w+)\s*=/g)].map((m) => `${name}:${m[1]}`);
      });
    expect(actions.length).toBeGreaterThan(30);
    const untested = actions.filter((entry) => {
      const name = entry.split(":")[1];
      return !tests.some((text) => new RegExp(`\\b${name}\\b`).test(text) && REFUSAL.test(text));
    });
    expect(untested).toEqual([]);
  });
});
