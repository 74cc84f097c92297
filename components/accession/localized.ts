import type { TLocale } from "@/lib/money";

const SUFFIX: Record<TLocale, "Ru" | "Kk" | "En"> = { ru: "Ru", kk: "Kk", en: "En" };

// The catalogue and the published texts keep a column per language (nameRu, nameKk…).
export function localized<T extends Record<string, unknown>>(row: T, field: string, locale: TLocale): string {
  return String(row[`${field}${SUFFIX[locale]}`] ?? row[`${field}Ru`] ?? "");
}
