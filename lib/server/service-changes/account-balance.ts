import "server-only";
import { db, type Tx } from "@/lib/db";

// The account's balance: the sum of its ledger (payments positive, charges negative).
// Never a stored number. (lib/server/finance/get-balance.ts computes the same for the
// finance screens; this one runs inside the service-change transaction.)
export async function accountBalance(accountId: string, tx: Tx | typeof db = db): Promise<number> {
  const sum = await tx.ledgerEntry.aggregate({ where: { accountId }, _sum: { amount: true } });
  return sum._sum.amount ?? 0;
}
