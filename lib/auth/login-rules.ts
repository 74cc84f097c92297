// The rules of signing in, kept pure so they are tested without a database.
import { clock } from "@/lib/clock";

export const MAX_FAILURES = 5;
export const LOCK_MS = 15 * 60 * 1000;
export const IP_WINDOW_MS = 15 * 60 * 1000;
export const IP_SLOWDOWN_AFTER = 10;
export const IP_REFUSE_AFTER = 100;
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

export function isLocked(user: { lockedUntil: Date | null }, now: Date = clock.now()): boolean {
  return !!user.lockedUntil && user.lockedUntil.getTime() > now.getTime();
}

// After a wrong password: the new failure count and, at the fifth in a row, the lock.
export function afterFailure(failedLoginCount: number, now: Date = clock.now()) {
  const count = failedLoginCount + 1;
  return count >= MAX_FAILURES
    ? { failedLoginCount: 0, lockedUntil: new Date(now.getTime() + LOCK_MS) }
    : { failedLoginCount: count, lockedUntil: null };
}

// Many failures from one address slow every further attempt from it: one second more for
// each failure past the threshold, at most five; far past it, attempts are refused.
export function ipDelayMs(recentFailures: number): number {
  if (recentFailures < IP_SLOWDOWN_AFTER) return 0;
  return Math.min(5000, (recentFailures - IP_SLOWDOWN_AFTER + 1) * 1000);
}

export function isIpRefused(recentFailures: number): boolean {
  return recentFailures >= IP_REFUSE_AFTER;
}

export function normaliseIdentifier(value: string): string {
  return value.trim().toLowerCase();
}
