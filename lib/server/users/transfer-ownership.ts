import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/guards";
import { PERMISSIONS, serializePermissions } from "@/lib/auth/permissions";
import { verifyPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { hitRateLimit } from "@/lib/rate-limit";
import type { TAccountCtx } from "@/lib/safe-action";
import type { TTransferOwnership } from "@/lib/schemas/users";
import { findTargetMember } from "./find-target-member";
import { refuse } from "./refuse";

// The owner hands the cabinet to another active member, confirming with their password.
// The new owner holds everything; the old one stays as a member with every grant, and
// only the new owner can change that. One transaction: never zero owners, never two.
export async function transferOwnership(input: TTransferOwnership, ctx: TAccountCtx) {
  assertCan(ctx.caller, "users.manage");
  if (ctx.caller.role !== "OWNER") throw refuse("ownerOnly");
  const target = await findTargetMember(ctx.caller, input.userId, "transfer");
  if (target.userId === ctx.caller.userId) throw refuse("notYourself");
  if (target.role === "OWNER") throw refuse("alreadyOwner");
  if (target.status !== "ACTIVE" || target.user.status !== "ACTIVE") throw refuse("transferToInactive");

  // Password guesses through this form are limited like the login's.
  if (!(await hitRateLimit(`transfer-ownership:${ctx.caller.userId}`, 5, 15 * 60_000)).ok) throw new AppError("RATE_LIMITED", "rateLimited");
  const me = await db.user.findUniqueOrThrow({ where: { id: ctx.caller.userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(input.password, me.passwordHash))) {
    await ctx.audit({
      accountId: ctx.caller.accountId,
      action: "membership.transfer_ownership",
      objectType: "user",
      objectId: target.userId,
      outcome: "DENIED",
      details: { reason: "wrong_password" },
    });
    throw refuse("wrongPassword", "password");
  }

  await db.$transaction(async (tx) => {
    // Conditional updates: a concurrent transfer or removal makes one of them miss.
    const demoted = await tx.membership.updateMany({
      where: { accountId: ctx.caller.accountId, userId: ctx.caller.userId, role: "OWNER", status: "ACTIVE" },
      data: { role: "MEMBER", permissions: serializePermissions(PERMISSIONS) },
    });
    const promoted = await tx.membership.updateMany({
      where: { id: target.id, role: "MEMBER", status: "ACTIVE" },
      data: { role: "OWNER", permissions: "[]" },
    });
    if (demoted.count !== 1 || promoted.count !== 1) throw refuse("transferToInactive");
  });
  await ctx.audit({
    accountId: ctx.caller.accountId,
    action: "membership.transfer_ownership",
    objectType: "user",
    objectId: target.userId,
    details: { from: ctx.caller.userId, to: target.userId, email: target.user.email, previousOwnerPermissions: [...PERMISSIONS] },
  });
  return { ownerId: target.userId };
}
