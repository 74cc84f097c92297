import "server-only";
import QRCode from "qrcode";
import { db } from "@/lib/db";
import type { TUserCtx } from "@/lib/safe-action";
import { refuse } from "./refuse";
import { TOTP_ISSUER, totp } from "./totp";

// A new secret, kept on the person but not in force until a code from their app confirms
// it (totpEnabledAt stays null until then, so sign-in does not ask for it yet).
export async function startTotpSetup(_input: unknown, ctx: TUserCtx) {
  const user = await db.user.findUniqueOrThrow({ where: { id: ctx.auth.user.id }, select: { email: true, totpEnabledAt: true } });
  if (user.totpEnabledAt) throw refuse("alreadyEnabled");
  const secret = totp.generateSecret(20);
  await db.user.update({ where: { id: ctx.auth.user.id }, data: { totpSecret: secret } });
  const otpauthUrl = totp.keyuri(user.email, TOTP_ISSUER, secret);
  const qrDataUrl = await QRCode.toDataURL(otpauthUrl, { margin: 1, width: 220, errorCorrectionLevel: "M" });
  return { secret, otpauthUrl, qrDataUrl };
}
