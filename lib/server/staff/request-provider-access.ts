import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { appUrl } from "@/lib/env";
import type { TRequestMeta } from "@/lib/request-meta";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { assertStaff, type TStaffRef } from "./assert-staff";
import { notifyOwners } from "./notify-owners";

// Support asks the owner for access to an account whose owner requires consent; the owner
// is told by mail and by a notice, and decides on /provider-access.
export async function requestProviderAccess(staff: TStaffRef & { name: string }, accountId: string, reason: string, meta?: TRequestMeta) {
  assertStaff(staff, "SUPPORT");
  const account = await db.account.findUnique({ where: { id: accountId }, select: { id: true, number: true, providerAccessConsent: true } });
  if (!account) throw new AppError("NOT_FOUND", "notFound");
  if (!account.providerAccessConsent) {
    throw new AppError("VALIDATION", "validation", { fieldErrors: { reason: "staff.access.errors.notRequired" } });
  }
  const pending = await db.providerAccessRequest.findFirst({ where: { accountId, staffId: staff.id, status: "PENDING" } });
  if (pending) throw new AppError("VALIDATION", "validation", { fieldErrors: { reason: "staff.access.errors.alreadyPending" } });
  const request = await db.providerAccessRequest.create({ data: { accountId, staffId: staff.id, reason } });
  await writeAudit({
    accountId,
    actorId: staff.id,
    action: "provider_access.requested",
    objectType: "provider_access_request",
    objectId: request.id,
    details: { reason },
    meta,
  });
  await notifyOwners(
    accountId,
    "accessRequested",
    { staff: staff.name, account: account.number, reason },
    { url: `${appUrl()}/provider-access`, notice: { kind: "GENERAL", severity: "WARNING" } },
  );
  return { requestId: request.id };
}
