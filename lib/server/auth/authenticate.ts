import "server-only";
import { db } from "@/lib/db";
import { metaFromHeaders } from "@/lib/request-meta";
import { hashPassword, needsRehash, verifyPassword } from "@/lib/auth/password";
import {
  IP_WINDOW_MS,
  MAX_FAILURES,
  SESSION_TTL_MS,
  afterFailure,
  ipDelayMs,
  isIpRefused,
  isLocked,
  normaliseIdentifier,
} from "@/lib/auth/login-rules";
import { verifyTotpOrRecovery } from "./verify-second-factor";
import { clock } from "@/lib/clock";

export type TAuthenticateResult =
  | { ok: true; userId: string; sessionId: string }
  // BAD_CREDENTIALS covers unknown login, wrong password and a locked login alike.
  // BLOCKED may carry the reason the provider gave ("BLOCKED:<reason>"): the person gave
  // the right password, so they may be told why (clause 4.2.1).
  | { ok: false; error: "BAD_CREDENTIALS" | "BLOCKED" | `BLOCKED:${string}` | "TOTP_REQUIRED" | "BAD_TOTP" };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// A wrong password or code, counted with one atomic increment in the database: several web
// instances answering wrong passwords for one login at the same moment must each count,
// not all write the same "count + 1" they read. The count that reaches the limit locks.
async function recordFailure(userId: string, now: Date): Promise<void> {
  const { failedLoginCount } = await db.user.update({
    where: { id: userId },
    data: { failedLoginCount: { increment: 1 } },
    select: { failedLoginCount: true },
  });
  const next = afterFailure(failedLoginCount - 1, now);
  if (next.lockedUntil) await db.user.updateMany({ where: { id: userId, failedLoginCount: { gte: MAX_FAILURES } }, data: next });
}

export async function authenticate(
  input: { identifier: string; password: string; totp?: string },
  headers: Headers,
): Promise<TAuthenticateResult> {
  const meta = metaFromHeaders(headers);
  const identifier = normaliseIdentifier(input.identifier).slice(0, 254);
  const now = clock.now();

  const recentIpFailures = await db.loginAttempt.count({
    where: { ip: meta.ip, result: { not: "SUCCESS" }, createdAt: { gt: new Date(now.getTime() - IP_WINDOW_MS) } },
  });
  const record = (result: string, userId?: string) =>
    db.loginAttempt.create({ data: { identifier, userId, ip: meta.ip, userAgent: meta.userAgent, result } });

  if (isIpRefused(recentIpFailures)) {
    await record("THROTTLED");
    return { ok: false, error: "BAD_CREDENTIALS" };
  }
  await sleep(ipDelayMs(recentIpFailures));

  const user = identifier
    ? await db.user.findFirst({ where: identifier.includes("@") ? { email: identifier } : { loginKey: identifier } })
    : null;
  // Always run bcrypt, so an unknown login is not told apart by timing.
  const passwordOk = await verifyPassword(input.password, user?.passwordHash);

  if (!user || !user.passwordHash || user.status === "PENDING") {
    await record("BAD_CREDENTIALS", user?.id);
    return { ok: false, error: "BAD_CREDENTIALS" };
  }
  if (isLocked(user, now)) {
    await record("LOCKED", user.id);
    return { ok: false, error: "BAD_CREDENTIALS" };
  }
  if (!passwordOk) {
    await recordFailure(user.id, now);
    await record("BAD_CREDENTIALS", user.id);
    return { ok: false, error: "BAD_CREDENTIALS" };
  }
  // The right password: only now may the answer say more than "wrong login or password".
  if (user.status === "BLOCKED" || user.status === "SUSPENDED") {
    await record("BLOCKED", user.id);
    return { ok: false, error: user.statusReason ? `BLOCKED:${user.statusReason.slice(0, 500)}` : "BLOCKED" };
  }
  if (user.totpEnabledAt) {
    if (!input.totp) {
      await record("TOTP_REQUIRED", user.id);
      return { ok: false, error: "TOTP_REQUIRED" };
    }
    if (!(await verifyTotpOrRecovery(user.id, user.totpSecret, input.totp))) {
      await recordFailure(user.id, now);
      await record("BAD_TOTP", user.id);
      return { ok: false, error: "BAD_TOTP" };
    }
  }

  const [session] = await db.$transaction([
    db.session.create({
      data: {
        userId: user.id,
        ip: meta.ip,
        userAgent: meta.userAgent,
        expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
      },
    }),
    db.user.update({
      where: { id: user.id },
      // A hash of another cost than today's is replaced while the password is at hand.
      data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now, ...(needsRehash(user.passwordHash) ? { passwordHash: await hashPassword(input.password) } : {}) },
    }),
    db.loginAttempt.create({
      data: { identifier, userId: user.id, ip: meta.ip, userAgent: meta.userAgent, result: "SUCCESS" },
    }),
  ]);
  return { ok: true, userId: user.id, sessionId: session.id };
}
