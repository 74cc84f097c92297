import "server-only";
import { db, type Tx } from "@/lib/db";
import { assertCan } from "@/lib/auth/guards";
import type { TCaller } from "@/lib/auth/cabinet";
import type { TLocale } from "@/lib/money";
import { clock } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { getVatRate } from "@/lib/server/billing/get-vat-rate";
import { isMonthBilled, unsettledAdvances } from "@/lib/server/billing/advance-charges";
import { listSuspensions } from "@/lib/server/billing/list-suspensions";
import { currentAndNextPeriods, priceServiceChange } from "@/lib/server/billing/price-service-change";
import type { TMonthInvoice } from "@/lib/server/billing/price-month";
import { refuse } from "@/lib/server/requests/refuse";
import { planServiceChange, type TChangeInput } from "./plan-service-change";
import { assertAffordable } from "./assert-affordable";
import { localName } from "./describe-change";

export type TServiceChangePreview = Awaited<ReturnType<typeof getServiceChangePreview>>;

function invoiceSummary(invoice: TMonthInvoice, startsAt: Date, locale: TLocale, isBilled = false) {
  return {
    isBilled, // invoiced already (imported history): the run leaves the month alone

    period: invoice.period,
    startsAt,
    vatRateBp: invoice.vatRateBp,
    amountNet: invoice.amountNet,
    amountVat: invoice.amountVat,
    amountGross: invoice.amountGross,
    advanceGross: invoice.advanceGross,
    dueGross: invoice.dueGross,
    lines: invoice.lines.map((l) => ({ name: localName(l, locale), quantity: l.quantity, amountNet: l.amountNet })),
  };
}

// What a connect / change / disconnect would cost, before the customer confirms it: the
// charge today and the invoices of this month and the next, computed by the functions that
// charge them (priceServiceChange). The same checks as the change itself, so a change that
// would be refused is refused here first, on its field. Reads only.
export async function getServiceChangePreview(
  caller: TCaller,
  account: { id: string; billingMethod: string; creditLimit: number },
  input: TChangeInput,
  locale: TLocale,
  now: Date = clock.now(),
) {
  assertCan(caller, "services.manage");
  if (account.id !== caller.accountId) throw new AppError("NOT_FOUND", "notFound");
  const reader = db as unknown as Tx;
  const plan = await planServiceChange(reader, account, input);
  if (plan.subscription) {
    const pending = await db.serviceChange.findFirst({ where: { subscriptionId: plan.subscription.id, status: "PENDING" }, select: { id: true } });
    if (pending) await refuse("subscriptionId", "changes.errors.pendingExists");
  }
  await assertAffordable(reader, account, plan.deltaNet, now, locale, input.action === "CONNECT" ? "tariffId" : "quantity");

  const { current, next } = currentAndNextPeriods(now);
  const [subscriptions, advances, suspensions, vatToday, vatThisMonth, vatNextMonth, isThisMonthBilled, isNextMonthBilled] = await Promise.all([
    db.subscription.findMany({
      where: { accountId: account.id, startedAt: { lt: next.end }, OR: [{ endedAt: null }, { endedAt: { gt: current.start } }] },
      include: { tariff: { include: { service: { select: { usageUnit: true } } } } },
      orderBy: { startedAt: "asc" },
    }),
    db.ledgerEntry.findMany({ where: unsettledAdvances(account.id, current.key), select: { subscriptionId: true, amount: true } }),
    listSuspensions(db, account.id, current),
    getVatRate(now),
    getVatRate(current.lastMoment),
    getVatRate(next.lastMoment),
    isMonthBilled(db, account.id, current),
    isMonthBilled(db, account.id, next),
  ]);
  const price = priceServiceChange({
    now,
    subscriptions,
    advances: advances.map((a) => ({ subscriptionId: a.subscriptionId, amount: -a.amount })),
    suspensions,
    change: {
      action: plan.action,
      subscriptionId: plan.subscription?.id ?? null,
      tariff: plan.tariff,
      quantity: plan.quantity,
      deltaNet: plan.deltaNet,
    },
    vat: { today: vatToday, thisMonth: vatThisMonth, nextMonth: vatNextMonth },
  });
  return {
    action: plan.action,
    // Sent to staff: nothing happens (nor is charged) until they approve it.
    approvalReason: plan.approvalReason,
    today: price.today,
    thisMonth: invoiceSummary(price.thisMonth, current.start, locale, isThisMonthBilled),
    nextMonth: invoiceSummary(price.nextMonth, next.start, locale, isNextMonthBilled),
  };
}
