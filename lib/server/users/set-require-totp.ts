import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/guards";
import type { TAccountCtx } from "@/lib/safe-action";
import type { TSetRequireTotp } from "@/lib/schemas/users";
import { refuse } from "./refuse";

// The owner can require a second factor from every user of the cabinet. They turn it on
// for themselves first, so the rule never locks the only person who can lift it.
export async function setRequireTotp(input: TSetRequireTotp, ctx: TAccountCtx) {
  assertCan(ctx.caller, "account.manage");
  if (input.requireTotp) {
    const me = await db.user.findUniqueOrThrow({ where: { id: ctx.caller.userId }, select: { totpEnabledAt: true } });
    if (!me.totpEnabledAt) throw refuse("totpFirst");
  }
  const before = await db.account.findUniqueOrThrow({ where: { id: ctx.caller.accountId }, select: { requireTotp: true } });
  await db.account.update({ where: { id: ctx.caller.accountId }, data: { requireTotp: input.requireTotp } });
  await ctx.audit({
    accountId: ctx.caller.accountId,
    action: "account.require_totp",
    objectType: "account",
    objectId: ctx.caller.accountId,
    details: { before: before.requireTotp, after: input.requireTotp },
  });
  return { requireTotp: input.requireTotp };
}
