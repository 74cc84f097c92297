import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import type { TAccountCtx } from "@/lib/safe-action";
import { MEMBER_REASON_MIN, type TRemoveMember } from "@/lib/schemas/users";
import { findTargetMember } from "./find-target-member";
import { assertNotLastOwner } from "./assert-not-last-owner";
import { refuse } from "./refuse";

// Deletes the person from this account. They keep their login and other accounts; their
// open sessions lose this account on the next request (memberships are read every time).
// An invitation nobody accepted is withdrawn with the person it created, so the owner's
// typed name and phone of someone who never agreed to anything are not kept. The owner's
// reason goes into the audit row.
export async function removeMember(input: TRemoveMember, ctx: TAccountCtx) {
  assertCan(ctx.caller, "users.manage");
  const reason = input.reason?.trim() ?? "";
  if (reason.length < MEMBER_REASON_MIN) {
    throw new AppError("VALIDATION", "validation", { fieldErrors: { reason: "users.validation.reason" } });
  }
  const membership = await findTargetMember(ctx.caller, input.userId, "remove");
  await assertNotLastOwner(membership);
  if (membership.userId === ctx.caller.userId) throw refuse("notYourself");
  const { user } = membership;
  let isPersonDeleted = false;
  await db.$transaction(async (tx) => {
    await assertNotLastOwner(membership, tx);
    await tx.membership.delete({ where: { id: membership.id } });
    if (user.status === "PENDING" && !user.passwordHash) {
      const [others, acceptances] = await Promise.all([
        tx.membership.count({ where: { userId: user.id } }),
        tx.agreementAcceptance.count({ where: { userId: user.id } }),
      ]);
      if (others === 0 && acceptances === 0) {
        await tx.user.delete({ where: { id: user.id } });
        isPersonDeleted = true;
      }
    }
  });
  await ctx.audit({
    accountId: ctx.caller.accountId,
    action: "membership.remove",
    objectType: "user",
    objectId: user.id,
    details: { email: user.email, name: user.name, role: membership.role, permissions: JSON.parse(membership.permissions), isInvitationWithdrawn: isPersonDeleted, reason },
  });
  return { isPersonDeleted };
}
