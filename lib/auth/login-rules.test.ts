import { describe, expect, it } from "vitest";
import { IP_REFUSE_AFTER, IP_SLOWDOWN_AFTER, LOCK_MS, MAX_FAILURES, afterFailure, ipDelayMs, isIpRefused, isLocked, normaliseIdentifier } from "./login-rules";
import { LOGIN_PATTERN } from "@/lib/schemas/activation";

describe("the login rules", () => {
  const now = new Date("2026-11-24T10:00:00Z");

  it("locks a login at the fifth failure in a row, for 15 minutes", () => {
    let count = 0;
    for (let i = 1; i < MAX_FAILURES; i++) {
      const next = afterFailure(count, now);
      expect(next.lockedUntil).toBeNull();
      count = next.failedLoginCount;
    }
    expect(count).toBe(4);
    const locked = afterFailure(count, now);
    expect(locked.lockedUntil?.getTime()).toBe(now.getTime() + LOCK_MS);
    expect(LOCK_MS).toBe(15 * 60 * 1000);
    // The count starts again, so the next series after the lock gets five tries too.
    expect(locked.failedLoginCount).toBe(0);
  });

  it("knows when a lock is in force", () => {
    expect(isLocked({ lockedUntil: null }, now)).toBe(false);
    expect(isLocked({ lockedUntil: new Date(now.getTime() + 1000) }, now)).toBe(true);
    expect(isLocked({ lockedUntil: new Date(now.getTime() - 1) }, now)).toBe(false);
  });

  it("slows down an address with many failures, then refuses it", () => {
    expect(ipDelayMs(0)).toBe(0);
    expect(ipDelayMs(IP_SLOWDOWN_AFTER - 1)).toBe(0);
    expect(ipDelayMs(IP_SLOWDOWN_AFTER)).toBe(1000);
    expect(ipDelayMs(IP_SLOWDOWN_AFTER + 2)).toBe(3000);
    expect(ipDelayMs(IP_SLOWDOWN_AFTER + 50)).toBe(5000);
    expect(isIpRefused(IP_REFUSE_AFTER - 1)).toBe(false);
    expect(isIpRefused(IP_REFUSE_AFTER)).toBe(true);
  });

  it("compares logins and emails without regard to case or spaces", () => {
    expect(normaliseIdentifier("  Aigerim.N ")).toBe("aigerim.n");
    expect(normaliseIdentifier("Owner@Astana-Logistic.KZ")).toBe("owner@astana-logistic.kz");
  });

  it("allows 3 to 32 Latin letters, digits, dot, dash and underscore in a login", () => {
    for (const ok of ["abc", "Aigerim.N", "a_b-c.d", "x".repeat(32), "user2026"]) expect(LOGIN_PATTERN.test(ok), ok).toBe(true);
    for (const bad of ["ab", "x".repeat(33), "айгерим", "a b", "a@b", "name!"]) expect(LOGIN_PATTERN.test(bad), bad).toBe(false);
  });
});
