import "server-only";
import { db, type Tx } from "@/lib/db";

// VAT is a dated rate in data (12 % until 2025, 16 % from 2026-01-01), never a constant.
// Returns basis points (1600 = 16 %) in force on `date`.
export async function getVatRate(date: Date, tx: Tx | typeof db = db): Promise<number> {
  const rate = await tx.vatRate.findFirst({ where: { validFrom: { lte: date } }, orderBy: { validFrom: "desc" } });
  if (!rate) throw new Error(`No VAT rate in force on ${date.toISOString()}`);
  return rate.rateBp;
}
