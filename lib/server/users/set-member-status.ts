import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import type { TAccountCtx } from "@/lib/safe-action";
import { MEMBER_REASON_MIN, type TSetMemberStatus } from "@/lib/schemas/users";
import { findTargetMember } from "./find-target-member";
import { assertNotLastOwner } from "./assert-not-last-owner";
import { refuse } from "./refuse";

// Suspends or restores a person's access to this account only: their login and other
// accounts are untouched. A suspended member's next request no longer finds the account.
// Suspending needs the owner's reason, which goes into the audit row.
export async function setMemberStatus(input: TSetMemberStatus, ctx: TAccountCtx) {
  assertCan(ctx.caller, "users.manage");
  const reason = input.reason?.trim() || null;
  if (input.status === "SUSPENDED" && (reason ?? "").length < MEMBER_REASON_MIN) {
    throw new AppError("VALIDATION", "validation", { fieldErrors: { reason: "users.validation.reason" } });
  }
  const membership = await findTargetMember(ctx.caller, input.userId, "status");
  if (input.status === "SUSPENDED") await assertNotLastOwner(membership);
  if (membership.userId === ctx.caller.userId) throw refuse("notYourself");
  if (membership.status === input.status) return { status: input.status };
  await db.$transaction(async (tx) => {
    if (input.status === "SUSPENDED") await assertNotLastOwner(membership, tx);
    await tx.membership.update({ where: { id: membership.id }, data: { status: input.status } });
  });
  await ctx.audit({
    accountId: ctx.caller.accountId,
    action: input.status === "SUSPENDED" ? "membership.suspend" : "membership.restore",
    objectType: "user",
    objectId: membership.userId,
    details: { email: membership.user.email, before: membership.status, after: input.status, reason },
  });
  return { status: input.status };
}
