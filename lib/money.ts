// Money is integer tiyn (1 ₸ = 100 tiyn). Tenge is formatted with the Kazakh locales:
// ru-KZ gives "1 234 567,50 ₸"; ru-RU would not.

export type TLocale = "ru" | "kk" | "en";

const intlLocale: Record<TLocale, string> = { ru: "ru-KZ", kk: "kk-KZ", en: "en-KZ" };

const formatters = new Map<TLocale, Intl.NumberFormat>();

export function formatMoney(tiyn: number, locale: TLocale = "ru"): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(intlLocale[locale], {
      style: "currency",
      currency: "KZT",
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    formatters.set(locale, formatter);
  }
  return formatter.format(tiyn / 100);
}

export function tiynFromTenge(tenge: number): number {
  return Math.round(tenge * 100);
}

// Parses what a person types: "1 234,5", "1234.50", "1 234 ₸".
export function parseTenge(input: string): number | null {
  const cleaned = input.replace(/[\s\u00a0₸]/g, "").replace(",", ".");
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  return tiynFromTenge(Number(cleaned));
}

// VAT on a net amount, rounded half up to the tiyn. rateBp: basis points (1600 = 16 %).
export function vatOf(netTiyn: number, rateBp: number): number {
  return Math.round((netTiyn * rateBp) / 10_000);
}

export function intlLocaleOf(locale: TLocale): string {
  return intlLocale[locale];
}
