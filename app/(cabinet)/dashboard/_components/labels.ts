import type { TLocale } from "@/lib/money";

// Small helpers the cabinet's screens share (dashboard, finance, documents, notices).

export type TLocalized = { ru: string; kk: string; en: string };

export function localized(value: TLocalized, locale: string): string {
  return value[(locale as TLocale) in value ? (locale as TLocale) : "ru"];
}

export type TTone = "neutral" | "success" | "warning" | "danger" | "info";

export const DOCUMENT_STATUS_TONE: Record<string, TTone> = { PAID: "success", ISSUED: "info", OVERDUE: "danger", CANCELLED: "neutral" };
export const SEVERITY_TONE: Record<string, TTone> = { INFO: "info", WARNING: "warning", CRITICAL: "danger" };
export const LEDGER_KIND_TONE: Record<string, TTone> = { CHARGE: "neutral", PAYMENT: "success", ADJUSTMENT: "info" };
export const ACCOUNT_STATUS_TONE: Record<string, TTone> = { ACTIVE: "success", SUSPENDED: "danger", TERMINATED: "neutral", BLOCKED: "danger" };

// "2026-11" → a date inside that month, for formatting the month's name.
export function monthDate(month: string): Date {
  return new Date(`${month}-15T00:00:00Z`);
}

export const pdfHref = (id: string) => `/api/documents/${encodeURIComponent(id)}/pdf`;
