import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LOCALES, NAMESPACES } from "@/lib/i18n/config";

function flatten(node: unknown, prefix = ""): Record<string, unknown> {
  if (typeof node !== "object" || node === null) return { [prefix]: node };
  return Object.assign({}, ...Object.entries(node).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)));
}

const load = (locale: string, ns: string) => flatten(JSON.parse(readFileSync(`messages/${locale}/${ns}.json`, "utf8")));

describe("message catalogues", () => {
  for (const ns of NAMESPACES) {
    it(`${ns}: ru, kk and en have the same keys and no empty text`, () => {
      const [ru, ...others] = LOCALES.map((l) => load(l, ns));
      const keys = Object.keys(ru).sort();
      for (const [i, other] of others.entries()) {
        expect(Object.keys(other).sort(), `${LOCALES[i + 1]}/${ns}.json`).toEqual(keys);
      }
      for (const [i, catalogue] of [ru, ...others].entries()) {
        for (const [key, value] of Object.entries(catalogue)) {
          if (key === "") continue; // an empty namespace file
          expect(typeof value === "string" && value.trim().length > 0, `${LOCALES[i]}/${ns}.json ${key}`).toBe(true);
        }
      }
    });
  }
});
