import "server-only";
import { takeWriteLock, type Tx } from "@/lib/db";
import { vatOf } from "@/lib/money";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { clock } from "@/lib/clock";
import type { TPeriod } from "./period";
import { allocateVat, computeCharges } from "./compute-charges";
import { nextDocumentNumber } from "./document-number";

const DUE_DAY = 20; // invoices are due on the 20th of the month after the period

export type TBillArgs = {
  runId: string;
  staffId: string | null; // who queued the run: the charges' author
  period: TPeriod;
  vatRateBp: number;
  account: { id: string; subscriber: { isVatPayer: boolean } };
};

// One account's charges of the period (clause 1.5, the offer's point 5), in the caller's
// transaction: ledger CHARGE rows from its subscriptions and usage, an invoice, an act and,
// for VAT payers, a tax invoice. False when there is nothing to charge or the account was
// billed already. The BillingCharge row makes "once per account and period" the database's
// rule: a second attempt, even one racing this one, fails on its unique index (P2002) and
// rolls back whole; the caller counts it as billed already.
export async function billAccount(tx: Tx, { runId, staffId, period, vatRateBp, account }: TBillArgs): Promise<boolean> {
  await takeWriteLock(tx);
  // Billed already: by this or an earlier run, or by documents issued outside a run
  // (imported history) for the same month.
  const [charges, invoices] = await Promise.all([
    tx.ledgerEntry.count({ where: { accountId: account.id, period: period.key, kind: "CHARGE" } }),
    tx.document.count({ where: { accountId: account.id, kind: "INVOICE", periodStart: { gte: period.start, lt: period.end } } }),
  ]);
  if (charges > 0 || invoices > 0) return false;

  const subscriptions = await tx.subscription.findMany({
    where: { accountId: account.id, startedAt: { lt: period.end }, OR: [{ endedAt: null }, { endedAt: { gt: period.start } }] },
    include: { tariff: { include: { service: { select: { usageUnit: true } } } } },
    orderBy: { startedAt: "asc" },
  });
  if (subscriptions.length === 0) return false;
  const usageRows = await tx.usageRecord.groupBy({
    by: ["subscriptionId"],
    where: { accountId: account.id, day: { gte: period.usageFrom, lt: period.usageTo } },
    _sum: { volume: true },
  });
  const usage = new Map(usageRows.map((r) => [r.subscriptionId, r._sum.volume ?? 0]));
  const lines = computeCharges(period, subscriptions, usage);
  const amountNet = lines.reduce((sum, l) => sum + l.amountNet, 0);
  if (amountNet <= 0) return false;
  const amountVat = vatOf(amountNet, vatRateBp);
  const amountGross = amountNet + amountVat;

  await tx.billingCharge.create({ data: { accountId: account.id, period: period.key, runId, createdAt: clock.now() } });

  const kinds = account.subscriber.isVatPayer ? ["INVOICE", "ACT", "TAX_INVOICE"] : ["INVOICE", "ACT"];
  const documentIds: Record<string, string> = {};
  for (const kind of kinds) {
    const document = await tx.document.create({
      data: {
        accountId: account.id,
        kind,
        number: await nextDocumentNumber(tx, kind, period.year),
        issuedAt: period.lastMoment,
        periodStart: period.start,
        periodEnd: period.lastMoment,
        vatRateBp,
        amountNet,
        amountVat,
        amountGross,
        status: "ISSUED",
        dueAt: kind === "INVOICE" ? new Date(Date.UTC(period.year, period.month, DUE_DAY) - 5 * 3600_000) : null,
        billingRunId: runId,
        lines: {
          create: lines.map((l, i) => ({
            position: i + 1,
            nameRu: l.nameRu,
            nameKk: l.nameKk,
            nameEn: l.nameEn,
            unit: l.unit,
            quantity: l.quantity,
            unitPrice: l.unitPrice,
            amountNet: l.amountNet,
          })),
        },
      },
    });
    documentIds[kind] = document.id;
  }

  const vatShares = allocateVat(lines, amountVat);
  const month = {
    ru: monthName(period, "ru-KZ"),
    kk: monthName(period, "kk-KZ"),
    en: monthName(period, "en-GB"),
  };
  await tx.ledgerEntry.createMany({
    data: lines.map((l, i) => ({
      accountId: account.id,
      kind: "CHARGE",
      amount: -(l.amountNet + vatShares[i]),
      descriptionRu: `${l.nameRu}, ${month.ru}`,
      descriptionKk: `${l.nameKk}, ${month.kk}`,
      descriptionEn: `${l.nameEn}, ${month.en}`,
      occurredAt: period.lastMoment,
      period: period.key,
      subscriptionId: l.subscriptionId,
      documentId: documentIds.INVOICE,
      billingRunId: runId,
      createdById: staffId,
    })),
  });
  await writeAudit(
    {
      accountId: account.id,
      actorId: staffId,
      action: "billing.charged",
      objectType: "document",
      objectId: documentIds.INVOICE,
      details: { period: period.key, amountNet, amountVat, amountGross, vatRateBp },
    },
    tx,
  );
  return true;
}

function monthName(period: TPeriod, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(period.usageFrom);
}
