import "server-only";
import { db, type Tx } from "@/lib/db";
import { TOKEN_TTL_MS, generateToken } from "@/lib/auth/tokens";
import { appUrl } from "@/lib/env";
import type { TTokenPurpose } from "@/lib/domain";
import { clock } from "@/lib/clock";

const PATHS: Record<TTokenPurpose, string> = {
  ACTIVATION: "activate",
  PASSWORD_RESET: "reset-password",
  EMAIL_CHANGE: "confirm-email",
};

// A new single-use link for `purpose`; any earlier unused link of the same purpose stops
// working ("send the link again" replaces the old one). Returns the absolute URL to mail.
export async function issueAuthToken(
  userId: string,
  purpose: TTokenPurpose,
  options: { payload?: Record<string, unknown>; tx?: Tx } = {},
): Promise<{ url: string; expiresAt: Date }> {
  const client = options.tx ?? db;
  const { token, hash } = generateToken();
  const expiresAt = new Date(clock.nowMs() + TOKEN_TTL_MS[purpose]);
  await client.authToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: clock.now() } });
  await client.authToken.create({
    data: { userId, purpose, tokenHash: hash, expiresAt, payload: options.payload ? JSON.stringify(options.payload) : null },
  });
  return { url: `${appUrl()}/${PATHS[purpose]}/${token}`, expiresAt };
}
