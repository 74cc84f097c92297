import "server-only";
import type { Tx } from "@/lib/db";
import { raiseAlert, type TAlertOutcome } from "./raise-alert";

// "A new document issued", in the transaction that issues it: one alert for the documents
// issued together (a month's invoice, act and tax invoice), to everyone who has it on but
// the person who asked for the document (a top-up invoice they have just downloaded).
export async function alertDocumentIssued(
  tx: Tx,
  accountId: string,
  numbers: string[],
  options: { exceptUserId?: string | null } = {},
): Promise<TAlertOutcome> {
  if (numbers.length === 0) return { mailed: [], noticed: [] };
  const account = await tx.account.findUnique({ where: { id: accountId }, select: { number: true } });
  return raiseAlert(
    tx,
    accountId,
    { kind: "DOCUMENT_ISSUED", key: "DOCUMENT_ISSUED", text: { account: account?.number ?? "", numbers: numbers.join(", ") }, path: "/documents" },
    options,
  );
}
