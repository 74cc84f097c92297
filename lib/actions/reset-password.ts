"use server";

import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { publicAction } from "@/lib/safe-action";
import { ZResetPassword } from "@/lib/schemas/password";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { consumeAuthToken, peekAuthToken } from "@/lib/server/auth/consume-auth-token";
import { sendAuthMail } from "@/lib/server/auth/send-auth-mail";
import { displayIp } from "@/lib/display-ip";
import { tokenRefusal } from "@/lib/server/auth/token-refusal";
import { clock } from "@/lib/clock";

// A new password from the reset link. Every session of the person ends at once (the
// server checks the Session row on each request), so whoever knew the old password is
// out. The lock from failed logins is lifted: the person proved they own the mailbox.
export const resetPassword = publicAction(ZResetPassword, async (input, ctx) => {
  const peeked = await peekAuthToken(input.token, "PASSWORD_RESET");
  if (peeked.state !== "valid") throw tokenRefusal(peeked.state);
  const user = await db.user.findUnique({ where: { id: peeked.userId } });
  if (!user || user.status !== "ACTIVE") throw tokenRefusal("unknown");

  const problem = passwordProblem(input.password, { login: user.login, email: user.email });
  if (problem) throw new AppError("VALIDATION", "validation", { fieldErrors: { password: problem } });
  const passwordHash = await hashPassword(input.password);
  const now = clock.now();

  const ended = await db.$transaction(async (tx) => {
    // The write comes first so SQLite takes the write lock at once (see activate-account).
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, failedLoginCount: 0, lockedUntil: null } });
    const consumed = await consumeAuthToken(tx, input.token, "PASSWORD_RESET");
    if (consumed.state !== "valid" || consumed.userId !== user.id) throw tokenRefusal(consumed.state === "valid" ? "unknown" : consumed.state);
    const revoked = await tx.session.updateMany({
      where: { userId: user.id, revokedAt: null },
      data: { revokedAt: now, revokedReason: "PASSWORD_RESET" },
    });
    await tx.profileChange.create({
      data: { userId: user.id, field: "password", oldValue: null, newValue: null, changedById: user.id, ip: ctx.meta.ip },
    });
    await writeAudit(
      { action: "user.password_reset", objectType: "user", objectId: user.id, actorId: user.id, details: { sessionsEnded: revoked.count }, meta: ctx.meta },
      tx,
    );
    return revoked.count;
  });

  // The password is changed whatever happens to the notice; a failed notice is reported,
  // not turned into a failure of the change itself.
  let isNotified = true;
  try {
    await sendAuthMail(user, { kind: "password-changed", ip: displayIp(ctx.meta.ip), allSessions: true });
  } catch (error) {
    console.error("[auth] password-changed notice not sent", error);
    isNotified = false;
  }
  return { sessionsEnded: ended, isNotified };
});
