import type { TLocale } from "@/lib/money";

type TNamed = { nameRu: string; nameKk: string; nameEn: string };
type TTranslate = (key: string, values?: Record<string, string | number>) => string;

export function localName(row: TNamed, locale: TLocale | string): string {
  return locale === "kk" ? row.nameKk : locale === "en" ? row.nameEn : row.nameRu;
}

// One line that says what a change does, e.g. "Изменение: VM Small × 2 → VM Medium × 3".
export function describeChange(
  t: TTranslate,
  locale: TLocale | string,
  change: {
    action: string;
    tariff: TNamed | null;
    quantity: number | null;
    subscription: { quantity: number; tariff: TNamed } | null;
  },
): string {
  const was = change.subscription ? `${localName(change.subscription.tariff, locale)} × ${change.subscription.quantity}` : "";
  const will = change.tariff ? `${localName(change.tariff, locale)} × ${change.quantity ?? 1}` : "";
  if (change.action === "CONNECT") return t("changes.summary.connect", { what: will });
  if (change.action === "DISCONNECT") return t("changes.summary.disconnect", { what: was });
  return t("changes.summary.change", { was, will });
}
