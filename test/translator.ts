import { readFileSync } from "node:fs";
import { IntlMessageFormat } from "intl-messageformat";
import { NAMESPACES } from "@/lib/i18n/config";

const catalogues = new Map<string, Record<string, unknown>>();

function catalogue(locale: string): Record<string, unknown> {
  let messages = catalogues.get(locale);
  if (!messages) {
    messages = Object.fromEntries(
      NAMESPACES.map((ns) => [ns, JSON.parse(readFileSync(`messages/${locale}/${ns}.json`, "utf8"))]),
    );
    catalogues.set(locale, messages);
  }
  return messages;
}

// A stand-in for next-intl's translator with the same ICU formatting, for unit tests.
export function translatorFor(namespace?: string, locale = "ru") {
  const t = (key: string, values?: Record<string, unknown>) => {
    const path = [...(namespace ? namespace.split(".") : []), ...key.split(".")];
    let node: unknown = catalogue(locale);
    for (const part of path) node = (node as Record<string, unknown> | undefined)?.[part];
    if (typeof node !== "string") return path.join(".");
    return String(new IntlMessageFormat(node, locale).format(values as never));
  };
  t.has = (key: string) => t(key) !== [...(namespace ? namespace.split(".") : []), ...key.split(".")].join(".");
  t.rich = t;
  t.raw = (key: string) => key;
  return t;
}
