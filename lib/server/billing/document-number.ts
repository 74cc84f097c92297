import "server-only";
import type { Tx } from "@/lib/db";
import { nextInSequence } from "@/lib/server/sequences/next-in-sequence";

const PREFIX: Record<string, string> = { INVOICE: "INV", ACT: "ACT", TAX_INVOICE: "TI" };

// A gapless number per document kind and year (e.g. INV-2026-000042). Other code may
// have issued numbers outside the counter (seeded history): a taken number is skipped.
export async function nextDocumentNumber(tx: Tx, kind: string, year: number): Promise<string> {
  for (;;) {
    const n = await nextInSequence(tx, `${kind}-${year}`);
    const number = `${PREFIX[kind] ?? kind}-${year}-${String(n).padStart(6, "0")}`;
    if (!(await tx.document.findUnique({ where: { number }, select: { id: true } }))) return number;
  }
}
