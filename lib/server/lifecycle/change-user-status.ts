import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TRequestMeta } from "@/lib/request-meta";
import { isReasonRequired, REASON_MIN, type TChangeUserStatus } from "@/lib/schemas/staff";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { assertStaff, type TStaffRef } from "@/lib/server/staff/assert-staff";
import { sendStaffMail } from "@/lib/server/staff/send-staff-mail";
import { clock } from "@/lib/clock";

const fieldError = (key: string) => new AppError("VALIDATION", "validation", { fieldErrors: { operation: key } });

// Blocks one person for a violation (clause 4.2.1) or lifts the block. A blocked person's
// sessions end at once; signing in with the right password tells them why. The person
// and the owners of their accounts are told by mail; each account's log gets the row.
export async function changeUserStatus(staff: TStaffRef, input: TChangeUserStatus, meta?: TRequestMeta) {
  assertStaff(staff, "ADMIN");
  const now = clock.now();
  const reason = input.reason?.trim() || null;
  // The schema refuses it already; a direct call of this function must not slip past.
  if (isReasonRequired(input.operation) && (reason ?? "").length < REASON_MIN) {
    throw new AppError("VALIDATION", "validation", { fieldErrors: { reason: "staff.validation.reason" } });
  }
  const user = await db.user.findUnique({
    where: { id: input.userId },
    include: { memberships: { include: { account: { select: { id: true, number: true } } } } },
  });
  if (!user) throw new AppError("NOT_FOUND", "notFound");
  if (user.staffRole || user.id === staff.id) throw fieldError("staff.lifecycle.errors.staffUser");
  const isBlock = input.operation === "BLOCK";
  if (isBlock ? user.status === "BLOCKED" : user.status !== "BLOCKED" && user.status !== "SUSPENDED") {
    throw fieldError("staff.lifecycle.errors.transition");
  }
  const status = isBlock ? "BLOCKED" : user.activatedAt ? "ACTIVE" : "PENDING";
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { status, statusReason: isBlock ? reason : null } });
    if (isBlock) {
      await tx.session.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: now, revokedReason: "BLOCKED" } });
    }
    const accounts = user.memberships.length ? user.memberships.map((m) => m.account.id) : [null];
    for (const accountId of accounts) {
      await writeAudit(
        {
          accountId,
          actorId: staff.id,
          action: isBlock ? "user.block" : "user.unblock",
          objectType: "user",
          objectId: user.id,
          details: { from: user.status, to: status, reason, email: user.email },
          meta,
        },
        tx,
      );
    }
  });

  const key = isBlock ? "userBlocked" : "userUnblocked";
  const values = { user: `${user.name} (${user.email})`, reason: reason ?? "—" };
  await sendStaffMail(user, key, values);
  const owners = await db.membership.findMany({
    where: { accountId: { in: user.memberships.map((m) => m.accountId) }, role: "OWNER", status: "ACTIVE", userId: { not: user.id } },
    include: { user: { select: { email: true, name: true, locale: true } } },
  });
  const notified = new Set<string>();
  for (const owner of owners) {
    if (notified.has(owner.user.email)) continue;
    notified.add(owner.user.email);
    await sendStaffMail(owner.user, isBlock ? "memberBlocked" : "memberUnblocked", values);
  }
  return { userId: user.id, status };
}
