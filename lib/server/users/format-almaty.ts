import "server-only";
import { formatAlmaty as format } from "@/lib/intl-cache";

// Date and time as people in Kazakhstan read them (Asia/Almaty), for mails and exports.
export function formatAlmaty(date: Date, locale: string): string {
  return format(date, locale, { dateStyle: "short", timeStyle: "short" });
}
