import "server-only";
import { db } from "@/lib/db";
import type { TAccountCtx } from "@/lib/safe-action";
import type { TInviteContext } from "./send-invitation-mail";

// What an invitation or "you were added" mail names: who invited, to which subscriber.
export async function loadInviteContext(ctx: TAccountCtx): Promise<TInviteContext> {
  const account = await db.account.findUniqueOrThrow({
    where: { id: ctx.caller.accountId },
    select: { number: true, subscriber: { select: { name: true } } },
  });
  return { inviterName: ctx.auth.user.name, subscriberName: account.subscriber.name, accountNumber: account.number };
}
