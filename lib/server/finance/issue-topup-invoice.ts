import "server-only";
import { db } from "@/lib/db";
import type { TCaller } from "@/lib/auth/cabinet";
import { assertCan } from "@/lib/auth/guards";
import { getVatRate } from "@/lib/server/billing/get-vat-rate";
import { nextInSequence } from "@/lib/server/sequences/next-in-sequence";
import { splitGross } from "@/lib/server/documents/document-totals";
import { formatDocumentNumber, sequenceKey } from "@/lib/server/documents/numbering";
import { almatyYmd } from "./almaty-time";
import { clock } from "@/lib/clock";
import { alertDocumentIssued } from "@/lib/server/alerts/alert-document-issued";

const PAYMENT_TERM_DAYS = 10;
// SQLite lets one writer in at a time: wait for the lock a while rather than fail at once.
const TX_OPTIONS = { maxWait: 10_000, timeout: 15_000 };

// "Invoice for top-up": an invoice for payment of the amount the customer names (VAT
// included, at the rate in force today), one line, numbered from the gapless INVOICE
// sequence of the year in the same transaction. Nothing is charged: the ledger moves only
// when the payment arrives. Issuing a document one could not download makes no sense, so
// the caller needs documents.read as well as finance.read.
export async function issueTopupInvoice(caller: TCaller, amountGross: number, now: Date = clock.now()) {
  assertCan(caller, "finance.manage");
  assertCan(caller, "documents.read");
  // The reads come first, outside the transaction: in SQLite a transaction that reads and
  // then writes can be refused at once (SQLITE_BUSY) when another connection is writing;
  // one whose first statement is the write waits for the lock instead.
  const [account, rateBp] = await Promise.all([
    db.account.findUniqueOrThrow({ where: { id: caller.accountId }, select: { number: true, subscriber: { select: { contractNumber: true } } } }),
    getVatRate(now),
  ]);
  const year = Number(almatyYmd(now).slice(0, 4));
  const totals = splitGross(amountGross, rateBp);
  const contract = account.subscriber.contractNumber;
  return db.$transaction(async (tx) => {
    const number = formatDocumentNumber("INVOICE", year, await nextInSequence(tx, sequenceKey("INVOICE", year)));
    const document = await tx.document.create({
      data: {
        accountId: caller.accountId,
        kind: "INVOICE",
        number,
        issuedAt: now,
        dueAt: new Date(now.getTime() + PAYMENT_TERM_DAYS * 24 * 60 * 60 * 1000),
        vatRateBp: rateBp,
        ...totals,
        status: "ISSUED",
        lines: {
          create: {
            position: 1,
            nameRu: `Пополнение лицевого счёта ${account.number} (аванс за услуги связи по договору ${contract})`,
            nameKk: `${account.number} дербес шотын толтыру (${contract} шарты бойынша байланыс қызметтері үшін аванс)`,
            nameEn: `Top-up of account ${account.number} (advance for services under contract ${contract})`,
            unit: "усл.",
            quantity: 1,
            unitPrice: totals.amountNet,
            amountNet: totals.amountNet,
          },
        },
      },
      select: { id: true, number: true, amountGross: true, amountVat: true, vatRateBp: true },
    });
    // The other members who chose to hear of new documents; the caller has it in hand.
    await alertDocumentIssued(tx, caller.accountId, [document.number], { exceptUserId: caller.userId });
    return document;
  }, TX_OPTIONS);
}
