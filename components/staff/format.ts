import type { TLocale } from "@/lib/money";

const INTL: Record<string, string> = { ru: "ru-KZ", kk: "kk-KZ", en: "en-GB" };

// Dates as the cabinet shows them: Asia/Almaty, in the reader's language.
export function formatDateTime(date: Date | string, locale: TLocale | string): string {
  return new Intl.DateTimeFormat(INTL[locale] ?? "ru-KZ", { dateStyle: "short", timeStyle: "short", timeZone: "Asia/Almaty" }).format(new Date(date));
}

export function formatDate(date: Date | string, locale: TLocale | string): string {
  return new Intl.DateTimeFormat(INTL[locale] ?? "ru-KZ", { dateStyle: "medium", timeZone: "Asia/Almaty" }).format(new Date(date));
}

// The value of an <input type="datetime-local"> for a moment, in Almaty time.
export function toAlmatyInput(date: Date): string {
  return new Date(date.getTime() + 5 * 3600_000).toISOString().slice(0, 16);
}
