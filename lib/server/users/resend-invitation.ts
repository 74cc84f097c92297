import "server-only";
import { assertCan } from "@/lib/auth/guards";
import type { TAccountCtx } from "@/lib/safe-action";
import type { TMemberRef } from "@/lib/schemas/users";
import { findTargetMember } from "./find-target-member";
import { loadInviteContext } from "./load-invite-context";
import { sendInvitationMail } from "./send-invitation-mail";
import { refuse } from "./refuse";

// A new activation link for a person who has not activated yet; the old link stops working.
export async function resendInvitation(input: TMemberRef, ctx: TAccountCtx) {
  assertCan(ctx.caller, "users.manage");
  const membership = await findTargetMember(ctx.caller, input.userId, "resend");
  if (membership.user.status !== "PENDING") throw refuse("alreadyActive");
  await sendInvitationMail(membership.user, await loadInviteContext(ctx));
  await ctx.audit({
    accountId: ctx.caller.accountId,
    action: "user.invitation_resend",
    objectType: "user",
    objectId: membership.userId,
    details: { email: membership.user.email },
  });
  return { email: membership.user.email };
}
