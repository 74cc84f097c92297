import "server-only";
import { db } from "@/lib/db";
import { clock } from "@/lib/clock";
import { isUniqueViolation } from "@/lib/server/auth/is-unique-violation";
import { almatyYmd } from "@/lib/server/finance/almaty-time";
import { raiseAlert } from "./raise-alert";

const DAY_MS = 24 * 60 * 60 * 1000;
export const REMIND_DAYS_BEFORE = 3;

export type TReminderStep = "BEFORE_3D" | "DUE_DAY";

// Which reminder an unpaid invoice is due for at `now`, by Almaty calendar days: from three
// days before its due day, and on the due day itself; none after it (an overdue invoice is
// a matter for the finance screen, not a daily mail).
export function reminderStep(dueAt: Date, now: Date): TReminderStep | null {
  const today = almatyYmd(now);
  const dueDay = almatyYmd(dueAt);
  if (today === dueDay) return "DUE_DAY";
  if (today < dueDay && today >= almatyYmd(new Date(dueAt.getTime() - REMIND_DAYS_BEFORE * DAY_MS))) return "BEFORE_3D";
  return null;
}

// One pass of the unpaid-invoice reminders (postpaid accounts), run by the worker
// (reminder-worker.ts) as often as it likes. Each invoice's step is sent once, whoever runs
// the pass: the AlertDelivery row "invoice-due:<id>:<step>" is the transaction's first
// write, so a second pass, or a second worker racing this one, fails on its unique key
// and rolls back whole, mails and notices included.
export async function remindUnpaidInvoices(now: Date = clock.now()): Promise<{ sent: number; skipped: number }> {
  const invoices = await db.document.findMany({
    where: {
      kind: "INVOICE",
      status: { in: ["ISSUED", "OVERDUE"] },
      dueAt: { gte: new Date(now.getTime() - DAY_MS), lte: new Date(now.getTime() + (REMIND_DAYS_BEFORE + 1) * DAY_MS) },
      account: { billingMethod: "POSTPAID", status: { in: ["ACTIVE", "SUSPENDED"] } },
    },
    select: { id: true, number: true, amountGross: true, dueAt: true, accountId: true, account: { select: { number: true } } },
    orderBy: { dueAt: "asc" },
  });
  const tally = { sent: 0, skipped: 0 };
  for (const invoice of invoices) {
    const step = invoice.dueAt && reminderStep(invoice.dueAt, now);
    if (!step) continue;
    const key = `invoice-due:${invoice.id}:${step}`;
    if (await db.alertDelivery.findUnique({ where: { key }, select: { id: true } })) {
      tally.skipped += 1;
      continue;
    }
    try {
      await db.$transaction(async (tx) => {
        await tx.alertDelivery.create({ data: { key, accountId: invoice.accountId, createdAt: now } });
        await raiseAlert(tx, invoice.accountId, {
          kind: "INVOICE_DUE",
          key: step === "DUE_DAY" ? "INVOICE_DUE_TODAY" : "INVOICE_DUE_BEFORE",
          text: { account: invoice.account.number, number: invoice.number },
          money: { amount: invoice.amountGross },
          dates: { due: invoice.dueAt!.toISOString() },
          path: "/documents",
          severity: step === "DUE_DAY" ? "WARNING" : "INFO",
        });
      }, { maxWait: 10_000, timeout: 15_000 });
      tally.sent += 1;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      tally.skipped += 1; // another worker sent it a moment ago
    }
  }
  return tally;
}
