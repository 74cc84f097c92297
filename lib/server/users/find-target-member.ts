import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TCaller } from "@/lib/auth/cabinet";
import { recordDenied } from "@/lib/server/audit/record-denied";

// The membership an owner's action is about, looked up inside the caller's account only.
// A user id from another account (or none at all) is a probe: logged, answered "not found".
export async function findTargetMember(caller: TCaller, userId: string, action: string) {
  const membership = await db.membership.findUnique({
    where: { userId_accountId: { userId, accountId: caller.accountId } },
    include: { user: { select: { id: true, email: true, name: true, status: true, locale: true, passwordHash: true } } },
  });
  if (!membership) {
    await recordDenied(caller, `users:${action}`, { userId });
    throw new AppError("NOT_FOUND", "notFound");
  }
  return membership;
}
