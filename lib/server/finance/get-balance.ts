import "server-only";
import { db, type Tx } from "@/lib/db";
import type { TCaller } from "@/lib/auth/cabinet";
import { assertCan } from "@/lib/auth/guards";

// The balance is the sum of the ledger, never a stored number: charges are negative,
// payments positive, adjustments either. One aggregate query.
export async function getBalance(caller: TCaller): Promise<number> {
  assertCan(caller, "finance.read");
  return ledgerBalance(caller.accountId);
}

// Unscoped by design, for server code that has ALREADY established that the account is the
// caller's (an action's ctx.caller.accountId, a billing run, a staff screen): it does no
// permission check of its own. Pass `tx` to read the balance inside a transaction that is
// about to change it (a service connection checking what can still be spent).
export async function ledgerBalance(accountId: string, tx: Tx | typeof db = db): Promise<number> {
  const { _sum } = await tx.ledgerEntry.aggregate({ where: { accountId }, _sum: { amount: true } });
  return Number(_sum.amount ?? 0);
}
