import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { TOKEN_TTL_MS, generateToken, hashToken, tokenState } from "./tokens";

describe("single-use link tokens", () => {
  it("carry 32 random bytes and are stored only as their SHA-256", () => {
    const { token, hash } = generateToken();
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).toBe(hash);
    expect(hash).not.toContain(token);
  });

  it("never repeat", () => {
    const tokens = new Set(Array.from({ length: 200 }, () => generateToken().token));
    expect(tokens.size).toBe(200);
  });

  it("expire in 24 hours (activation, email change) or one hour (password reset)", () => {
    expect(TOKEN_TTL_MS.ACTIVATION).toBe(24 * 3600_000);
    expect(TOKEN_TTL_MS.EMAIL_CHANGE).toBe(24 * 3600_000);
    expect(TOKEN_TTL_MS.PASSWORD_RESET).toBe(3600_000);
  });

  it("are valid, expired, used or unknown", () => {
    const now = new Date("2026-11-24T10:00:00Z");
    const later = new Date(now.getTime() + 1000);
    expect(tokenState(null, now)).toBe("unknown");
    expect(tokenState({ usedAt: null, expiresAt: later }, now)).toBe("valid");
    expect(tokenState({ usedAt: null, expiresAt: now }, now)).toBe("expired");
    expect(tokenState({ usedAt: now, expiresAt: later }, now)).toBe("used");
    // A used link stays "used" after its expiry: the page says what really happened.
    expect(tokenState({ usedAt: now, expiresAt: now }, later)).toBe("used");
  });
});
