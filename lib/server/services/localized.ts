import type { TLocale } from "@/lib/money";

// Catalogue texts are stored in three columns (nameRu, nameKk, nameEn); this picks the
// person's language, falling back to Russian, the provider's working language.
export function localized<F extends string>(row: Record<`${F}Ru` | `${F}Kk` | `${F}En`, string>, field: F, locale: TLocale): string {
  const suffix = locale === "kk" ? "Kk" : locale === "en" ? "En" : "Ru";
  return row[`${field}${suffix}` as `${F}Ru`] || row[`${field}Ru` as `${F}Ru`];
}
