import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TRequestMeta } from "@/lib/request-meta";
import { isReasonRequired, REASON_MIN, type TChangeAccountStatus } from "@/lib/schemas/staff";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { auditCode } from "@/lib/server/audit/audit-actions";
import { assertStaff, type TStaffRef } from "@/lib/server/staff/assert-staff";
import { notifyOwners } from "@/lib/server/staff/notify-owners";
import { ACCOUNT_TRANSITIONS } from "./account-transitions";
import { clock } from "@/lib/clock";
import { alertServiceSuspended } from "@/lib/server/alerts/alert-service-suspended";

const MAIL = {
  SUSPEND: { key: "accountSuspended", severity: "WARNING" },
  RESUME: { key: "accountResumed", severity: "INFO" },
  TERMINATE: { key: "accountTerminated", severity: "CRITICAL" },
  BLOCK: { key: "accountBlocked", severity: "CRITICAL" },
  UNBLOCK: { key: "accountUnblocked", severity: "INFO" },
} as const;

// Suspends, resumes, terminates, blocks or unblocks an account, with the reason the
// customer reads (on every cabinet page while suspended, on /account-closed once closed);
// audited, and the owners are told by mail and notice. Terminating disconnects the
// account's services; no fee is charged for the days they were suspended.
export async function changeAccountStatus(staff: TStaffRef, input: TChangeAccountStatus, meta?: TRequestMeta) {
  assertStaff(staff, "ADMIN");
  const now = clock.now();
  const reason = input.reason?.trim() || null;
  // The schema refuses it already; a direct call of this function must not slip past.
  if (isReasonRequired(input.operation) && (reason ?? "").length < REASON_MIN) {
    throw new AppError("VALIDATION", "validation", { fieldErrors: { reason: "staff.validation.reason" } });
  }
  const account = await db.account.findUnique({ where: { id: input.accountId }, select: { id: true, number: true, status: true } });
  if (!account) throw new AppError("NOT_FOUND", "notFound");
  const transition = ACCOUNT_TRANSITIONS[input.operation];
  const refuseTransition = () => {
    throw new AppError("VALIDATION", "validation", { fieldErrors: { operation: "staff.lifecycle.errors.transition" } });
  };
  if (!transition.from.includes(account.status)) refuseTransition();
  await db.$transaction(async (tx) => {
    // Only from the status read above: of two staff members changing it at once, the second
    // is refused, so a suspension is never opened twice nor closed by a stale decision.
    const changed = await tx.account.updateMany({
      where: { id: account.id, status: account.status },
      data: { status: transition.to, statusReason: transition.to === "ACTIVE" ? null : reason, statusChangedAt: now },
    });
    if (changed.count === 0) refuseTransition();
    // The services' suspension is a span of time the monthly run charges no fee for
    // (AccountSuspension): it opens with SUSPEND and closes when the account leaves that
    // state, whichever way (resumed, blocked, terminated).
    if (transition.to === "SUSPENDED") {
      await tx.accountSuspension.create({ data: { accountId: account.id, startedAt: now } });
    } else if (account.status === "SUSPENDED") {
      await tx.accountSuspension.updateMany({ where: { accountId: account.id, endedAt: null }, data: { endedAt: now } });
    }
    if (input.operation === "TERMINATE") {
      await tx.subscription.updateMany({
        where: { accountId: account.id, status: { in: ["ACTIVE", "SUSPENDED"] } },
        data: { status: "DISCONNECTED", endedAt: now },
      });
    }
    await writeAudit(
      {
        accountId: account.id,
        actorId: staff.id,
        action: `account.${auditCode(input.operation)}`,
        objectType: "account",
        objectId: account.id,
        details: { from: account.status, to: transition.to, reason },
        meta,
      },
      tx,
    );
    // The members who chose the alert (the owners get the contractual notice below).
    if (input.operation === "SUSPEND") await alertServiceSuspended(tx, account, reason ?? "—");
  });
  const mail = MAIL[input.operation];
  await notifyOwners(
    account.id,
    mail.key,
    { account: account.number, reason: reason ?? "—" },
    {
      notice: { kind: "ACCOUNT_STATUS", severity: mail.severity },
    },
  );
  return { accountId: account.id, status: transition.to };
}
