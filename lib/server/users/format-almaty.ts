import "server-only";
import { intlLocaleOf, type TLocale } from "@/lib/money";

// Date and time as people in Kazakhstan read them (Asia/Almaty), for mails and exports.
export function formatAlmaty(date: Date, locale: string): string {
  const lang = (["ru", "kk", "en"].includes(locale) ? locale : "ru") as TLocale;
  return new Intl.DateTimeFormat(intlLocaleOf(lang), {
    timeZone: "Asia/Almaty",
    dateStyle: "short",
    timeStyle: "short",
  }).format(date);
}
