import "server-only";
import type { Tx } from "@/lib/db";
import { nextInSequence } from "@/lib/server/sequences/next-in-sequence";

// The demo seed holds accounts 100000001–100000003; new ones follow as 9-digit numbers.
const BASE = 100_000_003;

// A new account number, inside the caller's transaction. Numbers taken by other means
// (staff registration, imported accounts) are skipped rather than collided with; unlike
// contract numbers, account numbers need not be gapless.
export async function nextAccountNumber(tx: Tx): Promise<string> {
  for (;;) {
    const number = String(BASE + (await nextInSequence(tx, "ACCOUNT")));
    if (!(await tx.account.findUnique({ where: { number }, select: { id: true } }))) return number;
  }
}
