"use server";

import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { hitRateLimit } from "@/lib/rate-limit";
import { userAction } from "@/lib/safe-action";
import { ZChangePassword } from "@/lib/schemas/password";
import { sendAuthMail } from "@/lib/server/auth/send-auth-mail";
import { displayIp } from "@/lib/display-ip";
import { clock } from "@/lib/clock";

const ATTEMPTS = 5;
const WINDOW_MS = 15 * 60 * 1000;

// A new password with the current one. Every other session of the person ends; this one
// stays. Capped per person, so a stolen session cannot guess the current password.
export const changePassword = userAction(ZChangePassword, async (input, ctx) => {
  const user = await db.user.findUniqueOrThrow({ where: { id: ctx.auth.user.id } });
  const limit = await hitRateLimit(`change-password:${user.id}`, ATTEMPTS, WINDOW_MS);
  if (!limit.ok) throw new AppError("RATE_LIMITED", "rateLimitedFor", { values: { minutes: Math.ceil(limit.retryAfterS / 60) } });
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    await ctx.audit({ action: "profile.password_change_refused", objectType: "user", objectId: user.id, outcome: "DENIED" });
    throw new AppError("VALIDATION", "validation", { fieldErrors: { currentPassword: "validation.passwordWrong" } });
  }
  const problem =
    input.password === input.currentPassword
      ? "validation.passwordSame"
      : passwordProblem(input.password, { login: user.login, email: user.email });
  if (problem) throw new AppError("VALIDATION", "validation", { fieldErrors: { password: problem } });

  const passwordHash = await hashPassword(input.password);
  const [, revoked] = await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { passwordHash } }),
    db.session.updateMany({
      where: { userId: user.id, revokedAt: null, id: { not: ctx.auth.sessionId } },
      data: { revokedAt: clock.now(), revokedReason: "PASSWORD_CHANGE" },
    }),
    db.profileChange.create({
      data: { userId: user.id, field: "password", oldValue: null, newValue: null, changedById: ctx.auth.actor.id, ip: ctx.meta.ip },
    }),
  ]);
  await ctx.audit({ action: "profile.password_change", objectType: "user", objectId: user.id, details: { sessionsEnded: revoked.count } });

  let isNotified = true;
  try {
    await sendAuthMail(user, { kind: "password-changed", ip: displayIp(ctx.meta.ip), allSessions: false });
  } catch (error) {
    console.error("[auth] password-changed notice not sent", error);
    isNotified = false;
  }
  return { sessionsEnded: revoked.count, isNotified };
});
