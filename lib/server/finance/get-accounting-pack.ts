import "server-only";
import { db } from "@/lib/db";
import type { TCaller } from "@/lib/auth/cabinet";
import { assertCan } from "@/lib/auth/guards";
import { getDocument, type TDocumentWithParties } from "@/lib/server/documents/get-document";
import { NUMBERED_KINDS } from "@/lib/server/documents/numbering";
import { almatyMonthRange, almatyYmd } from "./almaty-time";
import { getReconciliation, type TReconciliation } from "./get-reconciliation";
import { packMonthWhere } from "./pack-month";

export type TAccountingPack = {
  month: string;
  documents: TDocumentWithParties[]; // invoices, acts, tax invoices: in that order, then by number
  reconciliation: TReconciliation; // the month's first to last day
};

const KIND_ORDER: Record<string, number> = { INVOICE: 0, ACT: 1, TAX_INVOICE: 2 };

// What the monthly accounting pack of the caller's account holds for `month` ("YYYY-MM",
// Almaty): every invoice, act (Р-1) and tax invoice of the month, except cancelled ones,
// each loaded through the same scoped getDocument() as a single download, and the month's
// reconciliation statement through getReconciliation(). The pack needs both grants: the
// documents (documents.read) and the figures of the statement (finance.read).
export async function getAccountingPack(caller: TCaller, month: string): Promise<TAccountingPack> {
  assertCan(caller, "documents.read");
  assertCan(caller, "finance.read");
  const { start, end } = almatyMonthRange(month);
  const last = almatyYmd(new Date(end.getTime() - 1));
  const [rows, reconciliation] = await Promise.all([
    db.document.findMany({
      where: { accountId: caller.accountId, kind: { in: [...NUMBERED_KINDS] }, status: { not: "CANCELLED" }, ...packMonthWhere(month) },
      select: { id: true, kind: true, number: true },
    }),
    getReconciliation(caller, { from: almatyYmd(start), to: last }),
  ]);
  rows.sort((a, b) => (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9) || a.number.localeCompare(b.number));
  const documents = await Promise.all(rows.map((row) => getDocument(caller, row.id)));
  return { month, documents, reconciliation };
}
