import { intlLocaleOf, type TLocale } from "@/lib/money";

// Building an Intl formatter costs about a millisecond; formatting with one costs
// microseconds. Screens that format hundreds of cells keep one per locale and style.
const numberFormats = new Map<string, Intl.NumberFormat>();

export function numberFormat(locale: TLocale | string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const tag = locale === "ru" || locale === "kk" || locale === "en" ? intlLocaleOf(locale) : locale;
  const key = `${tag}:${JSON.stringify(options)}`;
  let formatter = numberFormats.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(tag, options);
    numberFormats.set(key, formatter);
  }
  return formatter;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function dateFormat(locale: TLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let formatter = dateFormats.get(key);
  if (!formatter) {
    // English dates in Kazakhstan read day first (24/11/2026), not the US month first.
    formatter = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : intlLocaleOf(locale), options);
    dateFormats.set(key, formatter);
  }
  return formatter;
}

// Moments as people in Kazakhstan read them: Asia/Almaty time, in the reader's language
// (an unknown one reads Russian). One cached formatter for each style.
const languageOf = (locale: string): TLocale => (locale === "kk" || locale === "en" ? locale : "ru");

export function formatAlmaty(date: Date | string, locale: string, style: Pick<Intl.DateTimeFormatOptions, "dateStyle" | "timeStyle">): string {
  return dateFormat(languageOf(locale), { ...style, timeZone: "Asia/Almaty" }).format(new Date(date));
}
