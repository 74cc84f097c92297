import { createHash, randomBytes } from "node:crypto";
import { clock } from "@/lib/clock";

// Single-use links carry 32 random bytes; only their SHA-256 is stored, so a copy of the
// database cannot be turned into working links.

export const TOKEN_TTL_MS = {
  ACTIVATION: 24 * 60 * 60 * 1000,
  PASSWORD_RESET: 60 * 60 * 1000,
  EMAIL_CHANGE: 24 * 60 * 60 * 1000,
} as const;

export function generateToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export type TTokenState = "valid" | "expired" | "used" | "unknown";

export function tokenState(
  row: { usedAt: Date | null; expiresAt: Date } | null,
  now: Date = clock.now(),
): TTokenState {
  if (!row) return "unknown";
  if (row.usedAt) return "used";
  if (row.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}
