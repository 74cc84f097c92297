import { formatAlmaty } from "@/lib/intl-cache";

// Dates as the cabinet shows them: Asia/Almaty, in the reader's language.
export function formatDateTime(date: Date | string, locale: string): string {
  return formatAlmaty(date, locale, { dateStyle: "short", timeStyle: "short" });
}

export function formatDate(date: Date | string, locale: string): string {
  return formatAlmaty(date, locale, { dateStyle: "medium" });
}

// The value of an <input type="datetime-local"> for a moment, in Almaty time.
export function toAlmatyInput(date: Date): string {
  return new Date(date.getTime() + 5 * 3600_000).toISOString().slice(0, 16);
}
