import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { pickMessages } from "@/lib/i18n/pick-messages";

// Client components receive only the catalogue paths their part of the tree is given
// (components/i18n/client-messages.tsx). This test walks the import graph from every page
// and layout and checks that each translated client component a page renders finds its
// namespaces in the provider nearest to it: the page's own <ClientMessages paths={[…]}>,
// or its layouts' (sectionLayout("/x", […]) and messagesLayout([…]) count as one), else the
// shell's.

const ROOTS = ["app", "components"];
const SHELL = /export const SHELL_MESSAGES = (\[[^\]]*\])/.exec(readFileSync("components/i18n/client-messages.tsx", "utf8"))![1];
const SHELL_PATHS: string[] = JSON.parse(SHELL);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? walk(path) : /\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry) ? [path] : [];
  });
}

const files = ROOTS.flatMap(walk);
const source = new Map(files.map((file) => [file, readFileSync(file, "utf8")]));

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? spec.slice(2) : spec.startsWith(".") ? normalize(join(dirname(from), spec)) : null;
  if (base === null) return null;
  for (const candidate of [base, `${base}.tsx`, `${base}.ts`, join(base, "index.tsx"), join(base, "index.ts")]) {
    if (source.has(candidate)) return candidate;
  }
  return null;
}

const imports = new Map(
  files.map((file) => [
    file,
    [...source.get(file)!.matchAll(/(?:import|export)[^"';]*?from\s+"([^"]+)"/g)].map((m) => resolve(file, m[1])).filter((f): f is string => !!f),
  ]),
);

const isClient = (file: string) => /^\s*["']use client["']/.test(source.get(file)!);
const namespacesOf = (file: string) => [...source.get(file)!.matchAll(/useTranslations\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1]);

function providedPaths(file: string): string[] | null {
  const text = source.get(file)!;
  const found =
    /<ClientMessages paths=\{(\[[^\]]*\])\}/.exec(text) ??
    /sectionLayout\("[^"]+",\s*(\[[^\]]*\])\)/.exec(text) ??
    /messagesLayout\((\[[^\]]*\])\)/.exec(text);
  return found ? JSON.parse(found[1]) : null;
}

// The client components a file renders, following imports through server and client files.
function reachableClients(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...(imports.get(file) ?? []));
  }
  return new Set([...seen].filter((f) => f !== entry || isClient(f)).filter(isClient));
}

// The layouts above a page, nearest first (route groups included).
function layoutsAbove(page: string): string[] {
  const layouts: string[] = [];
  for (let dir = dirname(page); dir.startsWith("app"); dir = dirname(dir)) {
    const layout = join(dir, "layout.tsx");
    if (existsSync(layout) && layout !== page) layouts.push(layout);
    if (dir === "app") break;
  }
  return layouts;
}

const covers = (paths: string[], namespace: string) => paths.some((p) => namespace === p || namespace.startsWith(`${p}.`));

describe("client messages", () => {
  const ru = Object.fromEntries(
    readdirSync("messages/ru").map((f) => [f.replace(/\.json$/, ""), JSON.parse(readFileSync(`messages/ru/${f}`, "utf8"))]),
  );

  it("every page's translated client components find their namespaces in the nearest provider", () => {
    const problems: string[] = [];
    const entries = files.filter((f) => f.startsWith("app") && /\/(page|layout|error|not-found|forbidden)\.tsx$/.test(f));
    for (const entry of entries) {
      const isLayout = entry.endsWith("layout.tsx");
      // A layout's own client components sit outside the provider it gives its children.
      const chain = isLayout ? layoutsAbove(dirname(entry)) : [entry, ...layoutsAbove(entry)];
      const nearest = chain.map(providedPaths).find((paths) => paths !== null);
      const paths = [...SHELL_PATHS, ...(nearest ?? [])];
      for (const client of reachableClients(entry)) {
        for (const namespace of namespacesOf(client)) {
          if (!covers(paths, namespace)) problems.push(`${entry} renders ${client}, which uses "${namespace}"; it has [${paths.join(", ")}]`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("the graph sees the shell and the forms (the test is not vacuous)", () => {
    expect(reachableClients("app/(public)/login/page.tsx")).toContain("components/forms/login-form.tsx");
    expect(reachableClients("app/(cabinet)/layout.tsx")).toContain("components/layout/account-switcher.tsx");
  });

  it("every declared path exists in the catalogue", () => {
    for (const file of files) {
      const paths = providedPaths(file);
      if (paths) expect(() => pickMessages(ru, [...SHELL_PATHS, ...paths]), file).not.toThrow();
    }
  });

  it("pickMessages keeps each path at its place and nothing else", () => {
    const all = { a: { x: "1", y: { z: "2" } }, b: { w: "3" }, c: "4" };
    expect(pickMessages(all, ["a.y", "c"])).toEqual({ a: { y: { z: "2" } }, c: "4" });
    expect(pickMessages(all, ["b", "a.x"])).toEqual({ b: { w: "3" }, a: { x: "1" } });
    expect(() => pickMessages(all, ["a.nope"])).toThrow(/a\.nope/);
  });
});
