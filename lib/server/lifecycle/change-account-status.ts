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
// account's services.
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
  if (!transition.from.includes(account.status)) {
    throw new AppError("VALIDATION", "validation", { fieldErrors: { operation: "staff.lifecycle.errors.transition" } });
  }
  await db.$transaction(async (tx) => {
    await tx.account.update({
      where: { id: account.id },
      data: { status: transition.to, statusReason: transition.to === "ACTIVE" ? null : reason, statusChangedAt: now },
    });
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
  await notifyOwners(account.id, mail.key, { account: account.number, reason: reason ?? "—" }, {
    notice: { kind: "ACCOUNT_STATUS", severity: mail.severity },
  });
  return { accountId: account.id, status: transition.to };
}
