import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db, readRaw, type Tx } from "@/lib/db";
import type { TCaller } from "@/lib/auth/cabinet";
import { assertCan } from "@/lib/auth/guards";

type TSum = Array<{ sum: number | bigint | null }>;

// The balance is the sum of the ledger, never a stored number: charges are negative,
// payments positive, adjustments either. One aggregate statement.
export async function getBalance(caller: TCaller): Promise<number> {
  assertCan(caller, "finance.read");
  return ledgerBalance(caller.accountId);
}

// Unscoped by design, for server code that has ALREADY established that the account is the
// caller's (an action's ctx.caller.accountId, a billing run, a staff screen): it does no
// permission check of its own. Pass `tx` to read the balance inside a transaction that is
// about to change it (a service connection checking what can still be spent).
export async function ledgerBalance(accountId: string, tx: Tx | typeof db = db): Promise<number> {
  // SQL rather than aggregate(): the dashboard asks on every visit, and the ORM's query
  // compiler costs ≈0.5 ms a call. SUM is an integer (bigint on PostgreSQL): tiyn.
  // Outside a transaction it goes straight to the driver (readRaw); inside one, on its connection.
  const query = Prisma.sql`SELECT COALESCE(SUM("amount"), 0) AS "sum" FROM "LedgerEntry" WHERE "accountId" = ${accountId}`;
  const [{ sum }] = tx === db ? await readRaw<TSum>(query) : await tx.$queryRaw<TSum>(query);
  return Number(sum ?? 0);
}
