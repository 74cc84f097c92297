import "server-only";
import { takeWriteLock, type Tx } from "@/lib/db";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { clock } from "@/lib/clock";
import type { TPeriod } from "./period";
import { priceMonth } from "./price-month";
import { isMonthBilled, unsettledAdvances } from "./advance-charges";
import { nextDocumentNumber } from "./document-number";
import { listSuspensions } from "./list-suspensions";
import { onAccountBilled } from "@/lib/server/alerts/on-account-billed";

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
// rolls back whole; the caller counts it as billed already. What service changes charged
// in advance for the month is deducted and linked to the invoice (price-month.ts).
export async function billAccount(tx: Tx, { runId, staffId, period, vatRateBp, account }: TBillArgs): Promise<boolean> {
  await takeWriteLock(tx);
  // Billed already: by this or an earlier run, or by imported history. A service change's
  // advance is not a billing.
  if (await isMonthBilled(tx, account.id, period)) return false;

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
  const advances = await tx.ledgerEntry.findMany({
    where: unsettledAdvances(account.id, period.key),
    select: { id: true, subscriptionId: true, amount: true },
  });
  const suspensions = await listSuspensions(tx, account.id, period);
  const advanceList = advances.map((a) => ({ subscriptionId: a.subscriptionId, amount: -a.amount }));
  const invoice = priceMonth(period, subscriptions, usage, vatRateBp, advanceList, suspensions);
  const { lines, amountNet, amountVat, amountGross } = invoice;
  // Nothing to invoice; an advance for days that never came (a service connected and
  // disconnected the same day) is still given back below.
  if (amountNet <= 0 && invoice.advanceGross <= 0) return false;

  await tx.billingCharge.create({ data: { accountId: account.id, period: period.key, runId, createdAt: clock.now() } });

  const kinds = amountNet <= 0 ? [] : account.subscriber.isVatPayer ? ["INVOICE", "ACT", "TAX_INVOICE"] : ["INVOICE", "ACT"];
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

  const month = {
    ru: monthName(period, "ru-KZ"),
    kk: monthName(period, "kk-KZ"),
    en: monthName(period, "en-GB"),
  };
  const settled = { ru: "зачтено ранее начисленное", kk: "бұрын есептелгені есепке алынды", en: "less the amount charged earlier" };
  await tx.ledgerEntry.createMany({
    data: invoice.ledger.map((row) => {
      const l = row.lineIndex === null ? null : lines[row.lineIndex];
      // A line part of which an advance paid says so; the credit row is the advance's rest.
      const note = (locale: "ru" | "kk" | "en") =>
        l === null
          ? `${{ ru: "Перерасчёт", kk: "Қайта есептеу", en: "Recalculation" }[locale]}, ${month[locale]}`
          : row.advanced === 0
            ? ""
            : ` (${settled[locale]})`;
      return {
        accountId: account.id,
        kind: row.amount < 0 ? "CHARGE" : "ADJUSTMENT",
        amount: row.amount,
        descriptionRu: l ? `${l.nameRu}, ${month.ru}${note("ru")}` : note("ru"),
        descriptionKk: l ? `${l.nameKk}, ${month.kk}${note("kk")}` : note("kk"),
        descriptionEn: l ? `${l.nameEn}, ${month.en}${note("en")}` : note("en"),
        occurredAt: period.lastMoment,
        period: period.key,
        subscriptionId: row.subscriptionId,
        documentId: documentIds.INVOICE ?? null,
        billingRunId: runId,
        createdById: staffId,
      };
    }),
  });
  if (advances.length > 0) {
    await tx.ledgerEntry.updateMany({ where: { id: { in: advances.map((a) => a.id) } }, data: { documentId: documentIds.INVOICE ?? null } });
  }
  await writeAudit(
    {
      accountId: account.id,
      actorId: staffId,
      action: "billing.charged",
      objectType: "document",
      objectId: documentIds.INVOICE,
      details: { period: period.key, amountNet, amountVat, amountGross, vatRateBp, advanceGross: invoice.advanceGross, dueGross: invoice.dueGross },
    },
    tx,
  );
  // Alerts the customer chose (lib/server/alerts): documents issued, balance below a threshold.
  await onAccountBilled(tx, { accountId: account.id, runId, documentIds: Object.values(documentIds) });
  return true;
}

function monthName(period: TPeriod, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(period.usageFrom);
}
