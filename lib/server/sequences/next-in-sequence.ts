import "server-only";
import type { Tx } from "@/lib/db";

// Gapless numbering (contracts, documents): bump the named counter inside the caller's
// transaction, so a rolled-back creation gives its number back. The ContractSequence table
// holds every counter, keyed e.g. "KMP-2026" or "INVOICE-2026".
export async function nextInSequence(tx: Tx, id: string): Promise<number> {
  const row = await tx.contractSequence.upsert({
    where: { id },
    update: { lastValue: { increment: 1 } },
    create: { id, lastValue: 1 },
  });
  return row.lastValue;
}
