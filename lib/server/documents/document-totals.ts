import { vatOf } from "../../money";

// A document's totals from its lines. VAT is rounded per line and summed, so every charge
// in the ledger (one per line) adds up to the document's gross to the tiyn.
// Pure: the demo seed and the top-up invoice use the same arithmetic.

export type TLineAmount = { quantity: number; unitPrice: number };

export function lineNet(line: TLineAmount): number {
  return Math.round(line.quantity * line.unitPrice);
}

export function lineVat(line: TLineAmount, rateBp: number): number {
  return vatOf(lineNet(line), rateBp);
}

export function documentTotals(lines: TLineAmount[], rateBp: number): { amountNet: number; amountVat: number; amountGross: number } {
  const amountNet = lines.reduce((sum, line) => sum + lineNet(line), 0);
  const amountVat = lines.reduce((sum, line) => sum + lineVat(line, rateBp), 0);
  return { amountNet, amountVat, amountGross: amountNet + amountVat };
}

// An amount to pay that already includes VAT (a top-up the customer names), split into its
// net part and VAT so that net + VAT is exactly the amount named.
export function splitGross(amountGross: number, rateBp: number): { amountNet: number; amountVat: number; amountGross: number } {
  const amountNet = Math.round((amountGross * 10_000) / (10_000 + rateBp));
  return { amountNet, amountVat: amountGross - amountNet, amountGross };
}
