import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hitRateLimit } from "@/lib/rate-limit";
import type { TUserCtx } from "@/lib/safe-action";
import type { TConfirmTotp } from "@/lib/schemas/security";
import { createRecoveryCodes } from "./create-recovery-codes";
import { refuse } from "./refuse";
import { totp } from "./totp";
import { clock } from "@/lib/clock";

// The first code from the app proves the secret was scanned: the second factor is on from
// now, and ten recovery codes are returned to be shown exactly once.
export async function confirmTotp(input: TConfirmTotp, ctx: TUserCtx) {
  const userId = ctx.auth.user.id;
  if (!(await hitRateLimit(`totp-confirm:${userId}`, 10, 10 * 60_000)).ok) throw new AppError("RATE_LIMITED", "rateLimited");
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { totpSecret: true, totpEnabledAt: true } });
  if (user.totpEnabledAt) throw refuse("alreadyEnabled");
  if (!user.totpSecret) throw refuse("notStarted");
  if (!totp.check(input.code, user.totpSecret)) throw refuse("badCode", "code");
  const codes = await db.$transaction(async (tx) => {
    // Conditional: two tabs confirming at once enable it once.
    const enabled = await tx.user.updateMany({
      where: { id: userId, totpEnabledAt: null, totpSecret: user.totpSecret },
      data: { totpEnabledAt: clock.now() },
    });
    if (enabled.count !== 1) throw refuse("alreadyEnabled");
    return createRecoveryCodes(tx, userId);
  });
  await ctx.audit({ action: "security.totp_enable", objectType: "user", objectId: userId });
  return { recoveryCodes: codes };
}
