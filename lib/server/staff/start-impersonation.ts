import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TRequestMeta } from "@/lib/request-meta";
import type { TStartImpersonation } from "@/lib/schemas/staff";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { assertStaff, type TStaffRef } from "./assert-staff";
import { takeWriteLock } from "@/lib/db";
import { clock } from "@/lib/clock";

export const IMPERSONATION_MS = 30 * 60 * 1000;

type TRefusal = "self" | "notMember" | "staff" | "inactiveUser" | "consentRequired";

// "View as": the staff member's session shows the cabinet as `userId` sees it, read-only,
// for 30 minutes at most (and never past the owner's approved window when the account
// requires consent), with a stated purpose the owner reads on the provider-access screen.
// Refusals are audited on the account.
export async function startImpersonation(staff: TStaffRef, sessionId: string, input: TStartImpersonation, meta?: TRequestMeta) {
  assertStaff(staff, "SUPPORT");
  const now = clock.now();
  const account = await db.account.findUnique({ where: { id: input.accountId }, select: { id: true, providerAccessConsent: true } });
  if (!account) throw new AppError("NOT_FOUND", "notFound");

  const refuse = async (reason: TRefusal): Promise<never> => {
    await writeAudit({
      accountId: account.id,
      actorId: staff.id,
      action: "impersonation.refused",
      objectType: "user",
      objectId: input.userId,
      outcome: "DENIED",
      details: { reason },
      meta,
    });
    throw new AppError("VALIDATION", "validation", { fieldErrors: { userId: `staff.impersonate.errors.${reason}` } });
  };

  if (input.userId === staff.id) await refuse("self");
  const membership = await db.membership.findUnique({
    where: { userId_accountId: { userId: input.userId, accountId: account.id } },
    include: { user: { select: { id: true, status: true, staffRole: true } } },
  });
  if (!membership) return refuse("notMember");
  if (membership.user.staffRole) await refuse("staff");
  if (membership.status !== "ACTIVE" || membership.user.status !== "ACTIVE") await refuse("inactiveUser");

  let expiresAt = new Date(now.getTime() + IMPERSONATION_MS);
  let accessRequestId: string | null = null;
  if (account.providerAccessConsent) {
    const grant = await db.providerAccessRequest.findFirst({
      where: { accountId: account.id, staffId: staff.id, status: "APPROVED", windowStart: { lte: now }, windowEnd: { gt: now } },
      orderBy: { windowEnd: "desc" },
    });
    if (!grant?.windowEnd) return refuse("consentRequired");
    accessRequestId = grant.id;
    if (grant.windowEnd < expiresAt) expiresAt = grant.windowEnd;
  }

  const impersonation = await db.$transaction(async (tx) => {
    await takeWriteLock(tx);
    const session = await tx.session.findUniqueOrThrow({ where: { id: sessionId }, select: { impersonationId: true } });
    if (session.impersonationId) {
      await tx.impersonation.updateMany({ where: { id: session.impersonationId, endedAt: null }, data: { endedAt: now } });
    }
    const created = await tx.impersonation.create({
      data: { staffId: staff.id, targetUserId: input.userId, accountId: account.id, reason: input.reason, expiresAt },
    });
    await tx.session.update({ where: { id: sessionId }, data: { impersonationId: created.id } });
    await writeAudit(
      {
        accountId: account.id,
        actorId: staff.id,
        subjectUserId: input.userId,
        impersonationId: created.id,
        action: "impersonation.start",
        objectType: "user",
        objectId: input.userId,
        details: { reason: input.reason, expiresAt: expiresAt.toISOString(), accessRequestId },
        meta,
      },
      tx,
    );
    return created;
  });
  return { impersonationId: impersonation.id, expiresAt };
}
