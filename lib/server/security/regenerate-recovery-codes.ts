import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hitRateLimit } from "@/lib/rate-limit";
import type { TUserCtx } from "@/lib/safe-action";
import type { TRegenerateRecoveryCodes } from "@/lib/schemas/security";
import { verifyTotpOrRecovery } from "@/lib/server/auth/verify-second-factor";
import { createRecoveryCodes } from "./create-recovery-codes";
import { refuse } from "./refuse";

// Ten new recovery codes for ten old ones (all of which stop working), after a code.
export async function regenerateRecoveryCodes(input: TRegenerateRecoveryCodes, ctx: TUserCtx) {
  const userId = ctx.auth.user.id;
  if (!(await hitRateLimit(`totp-regenerate:${userId}`, 10, 10 * 60_000)).ok) throw new AppError("RATE_LIMITED", "rateLimited");
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { totpSecret: true, totpEnabledAt: true } });
  if (!user.totpEnabledAt) throw refuse("notEnabled");
  if (!(await verifyTotpOrRecovery(userId, user.totpSecret, input.code))) throw refuse("badCode", "code");
  const codes = await db.$transaction((tx) => createRecoveryCodes(tx, userId));
  await ctx.audit({ action: "security.recovery_codes_regenerate", objectType: "user", objectId: userId });
  return { recoveryCodes: codes };
}
