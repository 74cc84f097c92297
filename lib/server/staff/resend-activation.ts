import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TRequestMeta } from "@/lib/request-meta";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { issueAuthToken } from "@/lib/server/auth/issue-auth-token";
import { assertStaff, type TStaffRef } from "./assert-staff";
import { sendStaffMail } from "./send-staff-mail";

// A new activation link for an owner who has not finished registration (the old link
// stops working).
export async function resendActivation(staff: TStaffRef, userId: string, meta?: TRequestMeta) {
  assertStaff(staff, "SUPPORT");
  const user = await db.user.findUnique({
    where: { id: userId },
    include: { memberships: { where: { role: "OWNER" }, include: { account: { include: { subscriber: true } } }, take: 1 } },
  });
  if (!user || user.staffRole) throw new AppError("NOT_FOUND", "notFound");
  if (user.status !== "PENDING") throw new AppError("CONFLICT", "conflict");
  const owned = user.memberships[0]?.account;
  // The link and the mail that carries it, in one transaction.
  await db.$transaction(async (tx) => {
    const { url } = await issueAuthToken(user.id, "ACTIVATION", { tx });
    await sendStaffMail(
      user,
      "activation",
      { subscriber: owned?.subscriber.shortName ?? "", account: owned?.number ?? "", contract: owned?.subscriber.contractNumber ?? "" },
      { url },
      tx,
    );
  });
  await writeAudit({ accountId: owned?.id ?? null, actorId: staff.id, action: "user.activation_resent", objectType: "user", objectId: user.id, meta });
  return { userId: user.id };
}
