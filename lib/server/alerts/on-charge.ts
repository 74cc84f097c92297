import "server-only";
import type { Tx } from "@/lib/db";
import { clock } from "@/lib/clock";
import { ledgerBalance } from "@/lib/server/finance/get-balance";
import { listAlertRecipients } from "./list-alert-recipients";
import { deliverAlert, type TAlertOutcome } from "./raise-alert";

// The low-balance alert, called in the transaction that has just written a CHARGE of
// `chargedTiyn` (positive) to the ledger: the billing run (bill-account.ts) and a service
// connected mid-month (apply-service-change.ts). Never from a read: a page that shows the
// balance changes nothing.
//
// For each person with the alert and a threshold: a crossing (balance now below it, and
// either at or above it before this charge, or not yet alerted) alerts once and records
// it in LowBalanceState; further charges below it alert no more. A top-up is seen at the
// next charge: the balance before it was back at or above the threshold, so the state is
// re-armed and that charge, if it crosses again, alerts again. Payments need no hook of
// their own.
export async function onChargeWritten(tx: Tx, accountId: string, chargedTiyn: number): Promise<TAlertOutcome> {
  const outcome: TAlertOutcome = { mailed: [], noticed: [] };
  const account = await tx.account.findUnique({ where: { id: accountId }, select: { id: true, number: true, billingMethod: true } });
  if (!account || account.billingMethod !== "PREPAID") return outcome;
  const recipients = await listAlertRecipients(tx, accountId, "LOW_BALANCE");
  if (recipients.length === 0) return outcome;
  const balance = await ledgerBalance(accountId, tx);
  const before = balance + Math.max(0, chargedTiyn);
  const states = new Map(
    (await tx.lowBalanceState.findMany({ where: { accountId, userId: { in: recipients.map((r) => r.userId) } } })).map((s) => [s.userId, s.alertedAt]),
  );
  const now = clock.now();
  for (const recipient of recipients) {
    const key = { userId_accountId: { userId: recipient.userId, accountId } };
    const threshold = recipient.choice.thresholdTiyn ?? 0;
    const wasAlerted = !!states.get(recipient.userId);
    // Back at or above the threshold before this charge (or now): the next crossing alerts.
    if (wasAlerted && (balance >= threshold || before >= threshold)) {
      await tx.lowBalanceState.update({ where: key, data: { alertedAt: null } });
    }
    if (balance >= threshold) continue;
    if (!states.has(recipient.userId))
      await tx.lowBalanceState.upsert({ where: key, update: {}, create: { userId: recipient.userId, accountId, alertedAt: null } });
    // The claim: one conditional update, so two charges at once (PostgreSQL runs them side
    // by side) alert once: the second waits for the first's row and finds it alerted.
    const claim = await tx.lowBalanceState.updateMany({ where: { userId: recipient.userId, accountId, alertedAt: null }, data: { alertedAt: now } });
    if (claim.count === 0) continue;
    await deliverAlert(
      tx,
      recipient,
      { kind: "LOW_BALANCE", key: "LOW_BALANCE", money: { balance, threshold }, text: { account: account.number }, path: "/finance", severity: "WARNING" },
      account,
      outcome,
    );
  }
  return outcome;
}
