import "server-only";
import { createTranslator } from "next-intl";
import { loadMessages } from "@/lib/i18n/messages";
import { formatMoney, type TLocale } from "@/lib/money";
import type { TAlertKind } from "./alert-kinds";

// What one alert says: a key under alerts.messages and its values. Money and dates stay
// data (tiyn, ISO strings) until rendered, so the notice is written in all three languages
// and the mail, rendered by the worker, in the recipient's.
export type TAlertMessage = {
  kind: TAlertKind;
  key: "LOW_BALANCE" | "INVOICE_DUE_BEFORE" | "INVOICE_DUE_TODAY" | "DOCUMENT_ISSUED" | "SERVICE_SUSPENDED" | "REQUEST_ANSWERED";
  text?: Record<string, string>;
  money?: Record<string, number>; // tiyn
  dates?: Record<string, string>; // ISO instants, shown as the day in Almaty
  path: string; // where the mail's button leads, in the cabinet
  severity?: "INFO" | "WARNING";
};

export const LOCALES = ["ru", "kk", "en"] as const;

export function toLocale(value: string): TLocale {
  return value === "kk" || value === "en" ? value : "ru";
}

const DATE_LOCALE: Record<TLocale, string> = { ru: "ru-KZ", kk: "kk-KZ", en: "en-GB" };

export function messageValues(message: TAlertMessage, locale: TLocale): Record<string, string> {
  const values: Record<string, string> = { ...message.text };
  for (const [key, tiyn] of Object.entries(message.money ?? {})) values[key] = formatMoney(tiyn, locale);
  for (const [key, iso] of Object.entries(message.dates ?? {})) {
    values[key] = new Intl.DateTimeFormat(DATE_LOCALE[locale], { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "Asia/Almaty" }).format(new Date(iso));
  }
  return values;
}

export async function renderAlertText(message: TAlertMessage, locale: TLocale): Promise<{ title: string; body: string }> {
  // Not getTranslations: the billing and reminder passes run outside a request (scripts/worker.ts).
  const t = await alertsTranslator(locale);
  const values = messageValues(message, locale);
  return { title: t(`messages.${message.key}.title`, values), body: t(`messages.${message.key}.body`, values) };
}

export type TTranslate = (key: string, values?: Record<string, string>) => string;

export async function alertsTranslator(locale: TLocale): Promise<TTranslate> {
  return createTranslator({ locale, messages: (await loadMessages(locale)) as never, namespace: "alerts" as never }) as unknown as TTranslate;
}
