import { vatOf } from "@/lib/money";

// The monthly price of the chosen tariffs, computed the same way in the browser (the
// wizard's live total, from the prices the page passed) and on the server (the review,
// the statement, the mail). VAT is charged on the total, rounded to the tiyn.

export type TPrice = { id: string; monthlyPrice: number };
export type TTotalLine = { tariffId: string; quantity: number; unitPrice: number; net: number };
export type TMonthlyTotal = { lines: TTotalLine[]; net: number; vat: number; gross: number; vatRateBp: number };

export function monthlyTotal(items: Array<{ tariffId: string; quantity: number }>, prices: TPrice[], vatRateBp: number): TMonthlyTotal {
  const byId = new Map(prices.map((p) => [p.id, p.monthlyPrice]));
  const lines = items
    .filter((item) => byId.has(item.tariffId) && Number.isInteger(item.quantity) && item.quantity > 0)
    .map((item) => {
      const unitPrice = byId.get(item.tariffId)!;
      return { tariffId: item.tariffId, quantity: item.quantity, unitPrice, net: unitPrice * item.quantity };
    });
  const net = lines.reduce((sum, line) => sum + line.net, 0);
  const vat = vatOf(net, vatRateBp);
  return { lines, net, vat, gross: net + vat, vatRateBp };
}

// A price with VAT, for the catalogue's "with VAT" column.
export function withVat(net: number, vatRateBp: number): number {
  return net + vatOf(net, vatRateBp);
}
