"use server";

import { accountAction } from "@/lib/safe-action";
import { ZMarkNoticeRead } from "@/lib/schemas/notices";
import { markNoticeRead as markRead } from "@/lib/server/notices/mark-notice-read";

// Read marks belong to the person: staff viewing a cabinet must not clear them (the builder
// refuses while impersonating).
export const markNoticeRead = accountAction("notices.read", ZMarkNoticeRead, async ({ noticeId }, ctx) => {
  const result = await markRead(ctx.caller, noticeId);
  await ctx.audit({ accountId: ctx.caller.accountId, action: "notice.read", objectType: "Notice", objectId: noticeId });
  return result;
});
