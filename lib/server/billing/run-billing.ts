import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { vatOf } from "@/lib/money";
import { writeAudit } from "@/lib/server/audit/write-audit";
import type { TRequestMeta } from "@/lib/request-meta";
import { assertStaff, type TStaffRef } from "@/lib/server/staff/assert-staff";
import { takeWriteLock } from "@/lib/db";
import { getVatRate } from "./get-vat-rate";
import { isPeriodClosed, parsePeriod, type TPeriod } from "./period";
import { allocateVat, computeCharges } from "./compute-charges";
import { nextDocumentNumber } from "./document-number";
import { clock } from "@/lib/clock";

export type TBillingRunResult = {
  runId: string;
  period: string;
  alreadyDone: boolean;
  accounts: number; // accounts billed by this call
  vatRateBp: number;
};

// A run left unfinished this long ago (the process died) may be resumed.
const STALE_RUN_MS = 10 * 60 * 1000;

const DUE_DAY = 20; // invoices are due on the 20th of the month after the period

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

const periodError = (key: string) => new AppError("VALIDATION", "validation", { fieldErrors: { period: key } });

// The monthly billing run (clause 1.5, the offer's point 5): for every ACTIVE account, the
// charges of the period from its subscriptions and usage, as ledger CHARGE rows, and an
// invoice, an act and, for VAT payers, a tax invoice. Idempotent twice over: the period's
// BillingRun row is unique (a finished run is never repeated), and each account is billed
// in its own transaction that first checks it has not been billed for the period (an
// interrupted run resumes where it stopped).
export async function runBilling(
  staff: TStaffRef,
  periodKey: string,
  options: { now?: Date; meta?: TRequestMeta } = {},
): Promise<TBillingRunResult> {
  assertStaff(staff, "ADMIN");
  const now = options.now ?? clock.now();
  const period = parsePeriod(periodKey);
  if (!isPeriodClosed(period, now)) throw periodError("staff.billing.errors.notFinished");

  const existing = await db.billingRun.findUnique({ where: { period: period.key } });
  const vatRateBp = await getVatRate(period.lastMoment);
  if (existing?.finishedAt) return { runId: existing.id, period: period.key, alreadyDone: true, accounts: 0, vatRateBp };
  if (existing && now.getTime() - existing.startedAt.getTime() < STALE_RUN_MS) throw periodError("staff.billing.errors.inProgress");

  let run = existing;
  try {
    run = existing
      ? await db.billingRun.update({ where: { id: existing.id }, data: { startedAt: now } })
      : await db.billingRun.create({ data: { period: period.key, createdById: staff.id, startedAt: now } });
  } catch (error) {
    if (isUniqueViolation(error)) throw periodError("staff.billing.errors.inProgress");
    throw error;
  }

  const accounts = await db.account.findMany({
    where: { status: "ACTIVE" },
    select: { id: true, subscriber: { select: { isVatPayer: true } } },
    orderBy: { number: "asc" },
  });
  let billed = 0;
  for (const account of accounts) {
    const done = await db.$transaction((tx) =>
      billAccount(tx, { runId: run.id, staffId: staff.id, period, vatRateBp, account, meta: options.meta }),
    );
    if (done) billed += 1;
  }
  const total = await db.document.count({ where: { billingRunId: run.id, kind: "INVOICE" } });
  await db.billingRun.update({ where: { id: run.id }, data: { finishedAt: clock.now(), accounts: total } });
  return { runId: run.id, period: period.key, alreadyDone: false, accounts: billed, vatRateBp };
}

type TBillArgs = {
  runId: string;
  staffId: string;
  period: TPeriod;
  vatRateBp: number;
  account: { id: string; subscriber: { isVatPayer: boolean } };
  meta?: TRequestMeta;
};

async function billAccount(tx: Tx, { runId, staffId, period, vatRateBp, account, meta }: TBillArgs): Promise<boolean> {
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
      meta,
    },
    tx,
  );
  return true;
}

function monthName(period: TPeriod, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(period.usageFrom);
}
