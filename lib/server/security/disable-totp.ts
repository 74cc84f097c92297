import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { verifyPassword } from "@/lib/auth/password";
import { hitRateLimit } from "@/lib/rate-limit";
import type { TUserCtx } from "@/lib/safe-action";
import type { TDisableTotp } from "@/lib/schemas/security";
import { verifyTotpOrRecovery } from "@/lib/server/auth/verify-second-factor";
import { refuse } from "./refuse";

// Turning the second factor off takes the password and a code (or a recovery code), and is
// refused while a cabinet the person belongs to requires it.
export async function disableTotp(input: TDisableTotp, ctx: TUserCtx) {
  const userId = ctx.auth.user.id;
  if (!(await hitRateLimit(`totp-disable:${userId}`, 10, 10 * 60_000)).ok) throw new AppError("RATE_LIMITED", "rateLimited");
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true, totpSecret: true, totpEnabledAt: true } });
  if (!user.totpEnabledAt) throw refuse("notEnabled");
  const requiring = await db.membership.findFirst({
    where: { userId, status: "ACTIVE", account: { requireTotp: true } },
    select: { account: { select: { number: true } } },
  });
  if (requiring) throw refuse("requiredByAccount");
  if (!(await verifyPassword(input.password, user.passwordHash))) throw refuse("wrongPassword", "password");
  if (!(await verifyTotpOrRecovery(userId, user.totpSecret, input.code))) throw refuse("badCode", "code");
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { totpSecret: null, totpEnabledAt: null } }),
    db.totpRecoveryCode.deleteMany({ where: { userId } }),
  ]);
  await ctx.audit({ action: "security.totp_disable", objectType: "user", objectId: userId });
  return { isEnabled: false };
}
