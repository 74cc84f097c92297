import { isLocale } from "@/lib/i18n/config";
import { intlLocaleOf } from "@/lib/money";

// Dates as people in Kazakhstan read them: Asia/Almaty, in the person's language.
export function formatDateTime(date: Date, locale: string, style: "dateTime" | "date" = "dateTime"): string {
  const tag = intlLocaleOf(isLocale(locale) ? locale : "ru");
  return new Intl.DateTimeFormat(tag, {
    dateStyle: "long",
    ...(style === "dateTime" ? { timeStyle: "short" } : {}),
    timeZone: "Asia/Almaty",
  }).format(date);
}
