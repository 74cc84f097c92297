"use server";

import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { userAction } from "@/lib/safe-action";
import { ZRequestEmailChange } from "@/lib/schemas/profile";
import { issueAuthToken } from "@/lib/server/auth/issue-auth-token";
import { limitMailRequests } from "@/lib/server/auth/limit-mail-requests";
import { sendAuthMail } from "@/lib/server/auth/send-auth-mail";

// A new address applies only when its owner follows the link mailed to it. Whether the
// address already belongs to someone is not told: it simply gets no link (and the
// confirmation checks again, since it may be taken meanwhile).
export const requestEmailChange = userAction(ZRequestEmailChange, async ({ email }, ctx) => {
  const user = ctx.auth.user;
  if (email === user.email) throw new AppError("VALIDATION", "validation", { fieldErrors: { email: "validation.sameEmail" } });
  await limitMailRequests(ctx.meta, email);
  const holder = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!holder) {
    await db.$transaction(async (tx) => {
      const { url, expiresAt } = await issueAuthToken(user.id, "EMAIL_CHANGE", { payload: { newEmail: email }, tx });
      await sendAuthMail(user, { kind: "email-change", url, expiresAt, to: email }, tx);
    });
  }
  await ctx.audit({
    action: "profile.email_change_requested",
    objectType: "user",
    objectId: user.id,
    details: { newEmail: email, isAddressFree: !holder },
  });
  return { email };
});
