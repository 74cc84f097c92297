import type { Prisma } from "@/generated/prisma/client";
import type { db, Tx } from "@/lib/db";
import type { TPeriod } from "./period";

// The ledger rows a service change wrote for a month it had not been billed yet (the rest
// of the month of an increase, apply-service-change.ts): CHARGEs of the period outside any
// run and not yet settled by the month's invoice. The run of the month deducts them and
// then links them to its invoice (documentId), which settles them.
export function unsettledAdvances(accountId: string, periodKey: string): Prisma.LedgerEntryWhereInput {
  return { accountId, kind: "CHARGE", period: periodKey, billingRunId: null, documentId: null, subscriptionId: { not: null } };
}

// Charges that mean the month was billed already: a run's, or imported history's (they
// carry their document). A change's unsettled advance does not.
export function billedCharges(accountId: string, periodKey: string): Prisma.LedgerEntryWhereInput {
  return {
    accountId,
    kind: "CHARGE",
    period: periodKey,
    OR: [{ billingRunId: { not: null } }, { documentId: { not: null } }, { subscriptionId: null }],
  };
}

// Billed already: by a run, or by documents issued outside a run (imported history) for the
// same month. The run then leaves the account's month alone, and the preview says so.
export async function isMonthBilled(tx: Tx | typeof db, accountId: string, period: TPeriod): Promise<boolean> {
  const [charges, invoices] = await Promise.all([
    tx.ledgerEntry.count({ where: billedCharges(accountId, period.key) }),
    tx.document.count({ where: { accountId, kind: "INVOICE", periodStart: { gte: period.start, lt: period.end } } }),
  ]);
  return charges > 0 || invoices > 0;
}
