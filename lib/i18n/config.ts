export const LOCALES = ["ru", "kk", "en"] as const;
export type TAppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TAppLocale = "ru";
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: unknown): value is TAppLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

// Every catalogue file: messages/<locale>/<namespace>.json. One file per feature, so the
// features are translated (and reviewed) independently.
export const NAMESPACES = [
  "common",
  "validation",
  "errors",
  "auth",
  "profile",
  "agreement",
  "emails",
  "dashboard",
  "services",
  "statistics",
  "finance",
  "documents",
  "notices",
  "users",
  "audit",
  "security",
  "trial",
  "accession",
  "staff",
  "requests",
  "alerts",
] as const;
