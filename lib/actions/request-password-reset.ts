"use server";

import { db } from "@/lib/db";
import { publicAction } from "@/lib/safe-action";
import { ZEmailOnly } from "@/lib/schemas/register";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { issueAuthToken } from "@/lib/server/auth/issue-auth-token";
import { limitMailRequests } from "@/lib/server/auth/limit-mail-requests";
import { sendActivationLink } from "@/lib/server/auth/send-activation-link";
import { sendAuthMail } from "@/lib/server/auth/send-auth-mail";

// "Forgot password": always the same answer. An active account gets a one-hour link (the
// older one stops working); a registration never completed gets its activation link
// again, since that is what the person actually needs; anything else gets nothing.
export const requestPasswordReset = publicAction(ZEmailOnly, async ({ email }, ctx) => {
  limitMailRequests(ctx.meta, email);
  const user = await db.user.findUnique({ where: { email } });
  if (!user) return { email };
  await writeAudit({ action: "user.password_reset_requested", objectType: "user", objectId: user.id, subjectUserId: user.id, meta: ctx.meta });
  if (user.status === "PENDING") {
    await sendActivationLink(user);
  } else if (user.status === "ACTIVE" && user.passwordHash) {
    await db.$transaction(async (tx) => {
      const { url, expiresAt } = await issueAuthToken(user.id, "PASSWORD_RESET", { tx });
      await sendAuthMail(user, { kind: "password-reset", url, expiresAt }, tx);
    });
  }
  return { email };
});
