import { randomUUID } from "node:crypto";
import type { Prisma } from "../../generated/prisma/client";
import type { TSeedDb } from "./client";
import { SUBSCRIBERS } from "./people";
import { seededRandom, usageRows, type TUsageRow } from "./history-usage";
import { seedGlobalNotices } from "./history-notices";
import { accountNotices, type TPlannedAccount } from "./history-account-notices";
import { extrasFor } from "./history-extras";
import { almatyDayStart, almatyMonth, almatyMonthRange, almatyYmd, monthsBetween, shiftMonth } from "../../lib/server/finance/almaty-time";
import { formatDocumentNumber, sequenceKey, type TNumberedKind } from "../../lib/server/documents/numbering";
import { documentTotals, lineNet, lineVat, splitGross } from "../../lib/server/documents/document-totals";
import { clock } from "../../lib/clock";

// A year of history for the three demo accounts, up to the day the seed runs: daily usage,
// monthly charges, payments and adjustments in the ledger, monthly invoices, acts and tax
// invoices, and notices. An account that already has ledger rows is left alone.
// The outcome is chosen to make the dashboard interesting: the LEGAL postpaid account owes
// last month's invoice (overdue) within its credit limit, the SOLE prepaid account is a few
// hundred tenge above zero, the PERSON prepaid account has money in advance.

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
type TText = [string, string, string];

const UNIT_RU: Record<string, string> = { PORT: "порт", LINE: "линия", VM: "ВМ", TB: "ТБ", NUMBER: "номер", PACKAGE: "пакет", MIN: "мин" };

export type TDocPlan = {
  id: string;
  accountId: string;
  accountNumber: string;
  kind: TNumberedKind;
  number: string;
  issuedAt: Date;
  periodStart: Date | null;
  periodEnd: Date | null;
  dueAt: Date | null;
  vatRateBp: number;
  status: string;
  lines: Array<{ subscriptionId: string | null; name: TText; unit: string; quantity: number; unitPrice: number; amountNet?: number }>;
  totals: { amountNet: number; amountVat: number; amountGross: number };
};

export type TLedgerPlan = Omit<Prisma.LedgerEntryCreateManyInput, "descriptionRu" | "descriptionKk" | "descriptionEn"> & {
  describe: () => TText;
};

export type TAccount = Prisma.AccountGetPayload<{ include: { subscriber: true; subscriptions: { include: { tariff: { include: { service: true } } } } } }>;

const POSTPAID_DUE_DAYS = 14;
const periodLabel = (month: string) => `${month.slice(5)}.${month.slice(0, 4)}`;
const roundUp = (tiyn: number, step: number) => Math.ceil(tiyn / step) * step;

function planAccount(account: TAccount, now: Date, vatAt: (d: Date) => number): TPlannedAccount {
  const random = seededRandom(account.number);
  const isPostpaid = account.billingMethod === "POSTPAID";
  const until = new Date(`${almatyYmd(now)}T00:00:00Z`);
  const usage: TUsageRow[] = account.subscriptions.flatMap((sub) => usageRows(sub, until, random));
  const docs: TDocPlan[] = [];
  const ledger: TLedgerPlan[] = [];
  const doc = (fields: Omit<TDocPlan, "id" | "accountId" | "accountNumber" | "number" | "totals">, totals?: TDocPlan["totals"]) => {
    const plan: TDocPlan = {
      ...fields,
      id: randomUUID(),
      accountId: account.id,
      accountNumber: account.number,
      number: "",
      totals: totals ?? documentTotals(fields.lines, fields.vatRateBp),
    };
    docs.push(plan);
    return plan;
  };

  const currentMonth = almatyMonth(now);
  const firstMonth = almatyMonth(account.subscriber.contractDate);
  // Postpaid is billed after the month; prepaid in advance, the current month included.
  // The postpaid invoice for a month is issued at 10:00 on the 1st; before that hour the
  // month that just ended is not billed yet.
  const lastBilled = isPostpaid ? shiftMonth(almatyMonth(new Date(now.getTime() - 10 * HOUR - 60_000)), -1) : currentMonth;
  // When the last postpaid invoice falls due: until then the one before is still unpaid too.
  const lastDue = new Date(almatyMonthRange(lastBilled).end.getTime() + POSTPAID_DUE_DAYS * DAY);
  let overdue: TDocPlan | null = null;

  for (const month of monthsBetween(firstMonth, lastBilled)) {
    const { start, end } = almatyMonthRange(month);
    const rate = vatAt(start);
    const lines: TDocPlan["lines"] = [];
    for (const sub of account.subscriptions) {
      if (sub.startedAt >= end) continue;
      const from = sub.startedAt > start ? sub.startedAt : start;
      const fraction = Math.ceil((end.getTime() - from.getTime()) / DAY) / Math.round((end.getTime() - start.getTime()) / DAY);
      const { tariff } = sub;
      const { service } = tariff;
      lines.push({
        subscriptionId: sub.id,
        name: [
          `${service.nameRu}, тариф «${tariff.nameRu}», ${periodLabel(month)}`,
          `${service.nameKk}, «${tariff.nameKk}» тарифі, ${periodLabel(month)}`,
          `${service.nameEn}, ${tariff.nameEn} plan, ${periodLabel(month)}`,
        ],
        unit: UNIT_RU[tariff.unit] ?? tariff.unit,
        quantity: Math.round(sub.quantity * fraction * 1000) / 1000,
        unitPrice: tariff.monthlyPrice,
      });
      if (tariff.usagePrice > 0 && month < currentMonth) {
        const used = usage
          .filter((u) => u.subscriptionId === sub.id && u.day >= new Date(`${month}-01T00:00:00Z`) && u.day < new Date(`${shiftMonth(month, 1)}-01T00:00:00Z`))
          .reduce((sum, u) => sum + u.volume, 0);
        const over = Math.round(used - tariff.includedUsage * sub.quantity * fraction);
        if (over > 0) {
          lines.push({
            subscriptionId: sub.id,
            name: [
              `${service.nameRu}: минуты сверх включённых в тариф, ${periodLabel(month)}`,
              `${service.nameKk}: тарифке кірмеген минуттар, ${periodLabel(month)}`,
              `${service.nameEn}: minutes beyond the plan, ${periodLabel(month)}`,
            ],
            unit: UNIT_RU.MIN,
            quantity: over,
            unitPrice: tariff.usagePrice,
          });
        }
      }
    }
    if (!lines.length) continue;

    const firstStart = account.subscriptions.reduce((min, s) => (s.startedAt < min ? s.startedAt : min), end);
    const periodStart = firstStart > start ? firstStart : start;
    const periodEnd = new Date(end.getTime() - DAY);
    const isComplete = month < currentMonth;
    const act = isComplete
      ? doc({ kind: "ACT", issuedAt: new Date(end.getTime() - 6 * HOUR), periodStart, periodEnd, dueAt: null, vatRateBp: rate, status: "ISSUED", lines })
      : null;
    if (act && account.subscriber.isVatPayer) {
      doc({ kind: "TAX_INVOICE", issuedAt: act.issuedAt, periodStart, periodEnd, dueAt: null, vatRateBp: rate, status: "ISSUED", lines });
    }
    const invoiceIssued = isPostpaid
      ? new Date(end.getTime() + 10 * HOUR)
      : new Date(Math.max(periodStart.getTime() + HOUR, start.getTime() - 6 * DAY + 10 * HOUR));
    const dueAt = isPostpaid ? new Date(end.getTime() + POSTPAID_DUE_DAYS * DAY) : new Date(Math.max(start.getTime(), invoiceIssued.getTime() + 3 * DAY));
    const invoice = doc({ kind: "INVOICE", issuedAt: invoiceIssued, periodStart, periodEnd, dueAt, vatRateBp: rate, status: "PAID", lines });

    // One charge per line: postpaid at the month's end, prepaid when the month (or service) starts.
    const chargeDoc = act ?? invoice;
    for (const line of lines) {
      const sub = account.subscriptions.find((s) => s.id === line.subscriptionId)!;
      const occurredAt = isPostpaid
        ? new Date(end.getTime() - HOUR)
        : new Date(Math.min((sub.startedAt > start ? sub.startedAt : start).getTime() + 10 * 60_000, now.getTime() - 60_000));
      const isUsage = line.unit === UNIT_RU.MIN;
      ledger.push({
        accountId: account.id,
        kind: "CHARGE",
        amount: -(lineNet(line) + lineVat(line, rate)),
        occurredAt,
        period: month,
        subscriptionId: sub.id,
        documentId: chargeDoc.id,
        describe: () =>
          isUsage
            ? [`Начисление за потребление: ${line.name[0]}`, `Тұтыну үшін есептеу: ${line.name[1]}`, `Usage charge: ${line.name[2]}`]
            : [`Абонентская плата: ${line.name[0]}`, `Абоненттік төлем: ${line.name[1]}`, `Subscription fee: ${line.name[2]}`],
      });
    }

    // Payments: the company pays each invoice 6–11 days after it is issued; the prepaid
    // customers pay their advance invoice within a few days, rounded up.
    // The company leaves its last invoice unpaid and, while that one is not yet due (the first
    // two weeks of a month), the one before as well: on any date it has exactly one overdue
    // invoice, and in those weeks also one that is merely issued.
    const paidAt = new Date(invoiceIssued.getTime() + (isPostpaid ? 6 + Math.floor(random() * 6) : 1 + Math.floor(random() * 3)) * DAY + 3 * HOUR);
    const leftUnpaid = isPostpaid && (month === lastBilled || (month === shiftMonth(lastBilled, -1) && lastDue >= now));
    if (leftUnpaid || paidAt >= now) {
      invoice.status = dueAt < now ? "OVERDUE" : "ISSUED";
      if (invoice.status === "OVERDUE") overdue = invoice;
      continue;
    }
    const step = account.subscriber.kind === "PERSON" ? 1000_00 : account.subscriber.kind === "SOLE" ? 100_00 : 1;
    const order = 100 + Math.floor(random() * 800);
    ledger.push({
      accountId: account.id,
      kind: "PAYMENT",
      amount: roundUp(invoice.totals.amountGross, step),
      occurredAt: paidAt,
      documentId: invoice.id,
      describe: () =>
        account.subscriber.kind === "PERSON"
          ? [`Оплата по счёту ${invoice.number} через Kaspi.kz`, `${invoice.number} шоты бойынша Kaspi.kz арқылы төлем`, `Payment of invoice ${invoice.number} via Kaspi.kz`]
          : [
              `Оплата по счёту ${invoice.number}, платёжное поручение № ${order}`,
              `${invoice.number} шоты бойынша төлем, № ${order} төлем тапсырмасы`,
              `Payment of invoice ${invoice.number}, payment order no. ${order}`,
            ],
    });
  }

  const extras = extrasFor(account, now);
  ledger.push(...extras.ledger);
  let topup: TDocPlan | null = null;
  if (extras.topupGross) {
    // Requested three days ago at 10:00 in Almaty, due in ten days.
    const issuedAt = new Date(almatyDayStart(almatyYmd(new Date(now.getTime() - 3 * DAY))).getTime() + 10 * HOUR);
    const rate = vatAt(issuedAt);
    const totals = splitGross(extras.topupGross, rate);
    topup = doc(
      {
        kind: "INVOICE",
        issuedAt,
        periodStart: null,
        periodEnd: null,
        dueAt: new Date(issuedAt.getTime() + 10 * DAY),
        vatRateBp: rate,
        status: "ISSUED",
        lines: [
          {
            subscriptionId: null,
            name: [
              `Авансовый платёж за услуги связи по договору ${account.subscriber.contractNumber}`,
              `${account.subscriber.contractNumber} шарты бойынша байланыс қызметтері үшін аванстық төлем`,
              `Advance payment for services under contract ${account.subscriber.contractNumber}`,
            ],
            unit: "усл.",
            quantity: 1,
            unitPrice: totals.amountNet,
            amountNet: totals.amountNet,
          },
        ],
      },
      totals,
    );
  }
  return { account, usage, docs, ledger, overdue, topup };
}

export async function seedHistory(db: TSeedDb, now: Date = clock.now()) {
  const rates = await db.vatRate.findMany({ orderBy: { validFrom: "desc" } });
  const vatAt = (date: Date) => {
    const rate = rates.find((r) => r.validFrom <= date);
    if (!rate) throw new Error(`No VAT rate on ${date.toISOString()}`);
    return rate.rateBp;
  };
  await seedGlobalNotices(db, now);

  const planned: TPlannedAccount[] = [];
  for (const s of SUBSCRIBERS) {
    const account = await db.account.findUnique({
      where: { number: s.account.number },
      include: { subscriber: true, subscriptions: { include: { tariff: { include: { service: true } } }, orderBy: { startedAt: "asc" } } },
    });
    if (!account || (await db.ledgerEntry.count({ where: { accountId: account.id } })) > 0) continue;
    planned.push(planAccount(account, now, vatAt));
  }
  if (!planned.length) return;

  // Numbers in order of issue across the accounts, continuing the stored counters.
  const docs = planned.flatMap((p) => p.docs).sort((a, b) => a.issuedAt.getTime() - b.issuedAt.getTime() || a.accountNumber.localeCompare(b.accountNumber));
  const counters = new Map<string, number>();
  for (const d of docs) {
    const year = Number(almatyYmd(d.issuedAt).slice(0, 4));
    const key = sequenceKey(d.kind, year);
    if (!counters.has(key)) counters.set(key, (await db.contractSequence.findUnique({ where: { id: key } }))?.lastValue ?? 0);
    const serial = counters.get(key)! + 1;
    counters.set(key, serial);
    d.number = formatDocumentNumber(d.kind, year, serial);
  }

  const globalNotices = await db.notice.findMany({ where: { audience: { in: ["ALL", "SERVICE"] } }, select: { id: true, audience: true, serviceId: true, publishAt: true } });
  const owners = await db.user.findMany({ where: { email: { in: SUBSCRIBERS.map((s) => s.owner.email) } }, select: { id: true, email: true } });

  await db.$transaction(
    async (tx) => {
      for (const p of planned) {
        await tx.usageRecord.createMany({ data: p.usage });
        await tx.document.createMany({
          data: p.docs.map(({ lines: _lines, accountNumber: _n, totals, ...d }) => ({ ...d, ...totals, createdAt: d.issuedAt })),
        });
        await tx.documentLine.createMany({
          data: p.docs.flatMap((d) =>
            d.lines.map((line, index) => ({
              documentId: d.id,
              position: index + 1,
              nameRu: line.name[0],
              nameKk: line.name[1],
              nameEn: line.name[2],
              unit: line.unit,
              quantity: line.quantity,
              unitPrice: line.unitPrice,
              amountNet: line.amountNet ?? lineNet(line),
            })),
          ),
        });
        await tx.ledgerEntry.createMany({
          data: p.ledger.map(({ describe, ...entry }) => {
            const [descriptionRu, descriptionKk, descriptionEn] = describe();
            return { ...entry, descriptionRu, descriptionKk, descriptionEn, createdAt: entry.occurredAt };
          }),
        });
        const notices = accountNotices(p, now);
        await tx.notice.createMany({ data: notices });
        // The owner has read what is older than a month; the member has read nothing.
        const owner = owners.find((o) => o.email === SUBSCRIBERS.find((s) => s.account.number === p.account.number)?.owner.email);
        if (!owner) continue;
        const serviceIds = new Set(p.account.subscriptions.map((s) => s.tariff.serviceId));
        const cutoff = new Date(now.getTime() - 30 * DAY);
        const visible = [
          ...globalNotices.filter((n) => n.audience === "ALL" || (n.serviceId && serviceIds.has(n.serviceId))),
          ...notices.map((n) => ({ id: n.id!, publishAt: n.publishAt as Date })),
        ];
        await tx.noticeRead.createMany({
          data: visible.filter((n) => n.publishAt < cutoff).map((n) => ({ noticeId: n.id, userId: owner.id, readAt: new Date(n.publishAt.getTime() + 2 * DAY) })),
        });
      }
      for (const [id, lastValue] of counters) {
        await tx.contractSequence.upsert({ where: { id }, update: { lastValue }, create: { id, lastValue } });
      }
    },
    { timeout: 60_000 },
  );
}
