import "server-only";
import { db } from "@/lib/db";
import { metaFromHeaders } from "@/lib/request-meta";
import { hashPassword, needsRehash, verifyPassword } from "@/lib/auth/password";
import {
  IP_WINDOW_MS,
  LOCK_MS,
  MAX_FAILURES,
  SESSION_TTL_MS,
  afterFailure,
  ipDelayMs,
  isIpRefused,
  isLocked,
  normaliseIdentifier,
} from "@/lib/auth/login-rules";
import { verifyTotpOrRecovery } from "./verify-second-factor";
import { sendAuthMail, type TMailRecipient } from "./send-auth-mail";
import { displayIp } from "@/lib/display-ip";
import { clock } from "@/lib/clock";

export type TAuthenticateResult =
  | { ok: true; userId: string; sessionId: string }
  // BAD_CREDENTIALS covers unknown login and wrong password alike. LOCKED answers the fifth
  // failure in a row and every attempt during the lock, for an existing login and, by the
  // attempts recorded for what was typed, an unknown one alike: it tells nobody whether the
  // login exists.
  // BLOCKED may carry the reason the provider gave ("BLOCKED:<reason>"): the person gave
  // the right password, so they may be told why (clause 4.2.1).
  | { ok: false; error: "BAD_CREDENTIALS" | "LOCKED" | "BLOCKED" | `BLOCKED:${string}` | "TOTP_REQUIRED" | "BAD_TOTP" };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// A wrong password or code, counted with one atomic increment in the database: several web
// instances answering wrong passwords for one login at the same moment must each count,
// not all write the same "count + 1" they read. The count that reaches the limit locks, and
// the owner of the login is told by mail, queued in the lock's own transaction. Answers
// whether this failure locked the login.
async function recordFailure(user: TMailRecipient & { id: string }, now: Date, ip: string): Promise<boolean> {
  const { failedLoginCount } = await db.user.update({
    where: { id: user.id },
    data: { failedLoginCount: { increment: 1 } },
    select: { failedLoginCount: true },
  });
  const next = afterFailure(failedLoginCount - 1, now);
  if (!next.lockedUntil) return false;
  const lockedUntil = next.lockedUntil;
  return db.$transaction(async (tx) => {
    const lock = await tx.user.updateMany({ where: { id: user.id, failedLoginCount: { gte: MAX_FAILURES } }, data: next });
    // Another instance's failure locked it a moment earlier, and mailed.
    if (lock.count === 0) return true;
    await sendAuthMail(user, { kind: "login-locked", ip: displayIp(ip), until: lockedUntil }, tx);
    return true;
  });
}

// Failures recorded for what was typed during the lock's span: the same five-in-a-row for
// a login that does not exist, so that the answer does not tell it apart from one that does.
async function recentFailuresOf(identifier: string, now: Date): Promise<number> {
  return db.loginAttempt.count({
    where: { identifier, result: { in: ["BAD_CREDENTIALS", "LOCKED"] }, createdAt: { gt: new Date(now.getTime() - LOCK_MS) } },
  });
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
    const earlier = await recentFailuresOf(identifier, now);
    await record(earlier >= MAX_FAILURES ? "LOCKED" : "BAD_CREDENTIALS", user?.id);
    return { ok: false, error: earlier + 1 >= MAX_FAILURES ? "LOCKED" : "BAD_CREDENTIALS" };
  }
  if (isLocked(user, now)) {
    await record("LOCKED", user.id);
    return { ok: false, error: "LOCKED" };
  }
  if (!passwordOk) {
    const isNowLocked = await recordFailure(user, now, meta.ip);
    await record("BAD_CREDENTIALS", user.id);
    return { ok: false, error: isNowLocked ? "LOCKED" : "BAD_CREDENTIALS" };
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
      const isNowLocked = await recordFailure(user, now, meta.ip);
      await record("BAD_TOTP", user.id);
      return { ok: false, error: isNowLocked ? "LOCKED" : "BAD_TOTP" };
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
