import { formatAlmaty } from "@/lib/intl-cache";

// Dates as people in Kazakhstan read them: Asia/Almaty, in the person's language.
export function formatDateTime(date: Date, locale: string, style: "dateTime" | "date" = "dateTime"): string {
  return formatAlmaty(date, locale, style === "dateTime" ? { dateStyle: "long", timeStyle: "short" } : { dateStyle: "long" });
}
