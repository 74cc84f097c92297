import { numberFormat } from "@/lib/intl-cache";

// Usage volumes (GB, minutes, vCPU-hours, GB-months) are rounded the same wherever they
// are shown: the summary cards, the table and its totals, the charts' tooltips. Three
// decimals, as the CSV export and the documents' quantities.
export const USAGE_FRACTION_DIGITS = 3;

export function usageNumber(locale: string): Intl.NumberFormat {
  return numberFormat(locale, { maximumFractionDigits: USAGE_FRACTION_DIGITS });
}
