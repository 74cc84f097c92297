"use server";

import { accountAction } from "@/lib/safe-action";
import { ZMarkAllNoticesRead } from "@/lib/schemas/notices";
import { markAllNoticesRead as markAllRead } from "@/lib/server/notices/mark-all-notices-read";

export const markAllNoticesRead = accountAction("notices.read", ZMarkAllNoticesRead, async (_input, ctx) => {
  const result = await markAllRead(ctx.caller);
  await ctx.audit({ accountId: ctx.caller.accountId, action: "notice.read_all", objectType: "Notice", details: { count: result.count } });
  return result;
});
