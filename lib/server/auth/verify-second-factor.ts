import "server-only";
import { authenticator } from "otplib";
import { db } from "@/lib/db";
import { hashToken } from "@/lib/auth/tokens";
import { clock } from "@/lib/clock";

// A six-digit TOTP code (RFC 6238, one step of drift either way) or an unused recovery code.
export async function verifyTotpOrRecovery(userId: string, secret: string | null, code: string): Promise<boolean> {
  const cleaned = code.replace(/\s/g, "");
  if (secret && /^\d{6}$/.test(cleaned)) {
    authenticator.options = { window: 1 };
    return authenticator.check(cleaned, secret);
  }
  const recovery = await db.totpRecoveryCode.findFirst({
    where: { userId, codeHash: hashToken(cleaned.toLowerCase()), usedAt: null },
  });
  if (!recovery) return false;
  const used = await db.totpRecoveryCode.updateMany({
    where: { id: recovery.id, usedAt: null },
    data: { usedAt: clock.now() },
  });
  return used.count === 1;
}
