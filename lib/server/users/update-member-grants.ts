import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/guards";
import { parsePermissions, serializePermissions } from "@/lib/auth/permissions";
import type { TAccountCtx } from "@/lib/safe-action";
import type { TUpdateMemberGrants } from "@/lib/schemas/users";
import { findTargetMember } from "./find-target-member";
import { refuse } from "./refuse";

// New grants take effect on the member's next request: every page and action reads the
// membership afresh. The owner holds every grant; demoting them is ownership transfer.
export async function updateMemberGrants(input: TUpdateMemberGrants, ctx: TAccountCtx) {
  assertCan(ctx.caller, "users.manage");
  const membership = await findTargetMember(ctx.caller, input.userId, "grants");
  if (membership.role === "OWNER") throw refuse("ownerGrants");
  const before = parsePermissions(membership.permissions);
  const permissions = serializePermissions(input.permissions);
  await db.membership.update({ where: { id: membership.id }, data: { permissions } });
  const after = JSON.parse(permissions) as string[];
  await ctx.audit({
    accountId: ctx.caller.accountId,
    action: "membership.grants_update",
    objectType: "user",
    objectId: membership.userId,
    details: {
      email: membership.user.email,
      before,
      after,
      added: after.filter((p) => !before.includes(p as never)),
      removed: before.filter((p) => !after.includes(p)),
    },
  });
  return { permissions: after };
}
