import "server-only";
import type { Tx } from "@/lib/db";
import { alertDocumentIssued } from "./alert-document-issued";
import { onChargeWritten } from "./on-charge";

// The billing run's one hook (bill-account.ts, inside the transaction that charges the
// account, after its ledger rows): the documents it issued, then the charge it wrote. The
// amount charged is read back from the run's own ledger rows for the account, so the hook
// does not depend on how the month was priced.
export async function onAccountBilled(tx: Tx, args: { accountId: string; runId: string; documentIds: string[] }): Promise<void> {
  const [documents, written] = await Promise.all([
    tx.document.findMany({ where: { id: { in: args.documentIds } }, select: { number: true }, orderBy: { number: "asc" } }),
    tx.ledgerEntry.aggregate({ where: { accountId: args.accountId, billingRunId: args.runId }, _sum: { amount: true } }),
  ]);
  await alertDocumentIssued(tx, args.accountId, documents.map((d) => d.number));
  const charged = -(written._sum.amount ?? 0);
  if (charged > 0) await onChargeWritten(tx, args.accountId, charged);
}
