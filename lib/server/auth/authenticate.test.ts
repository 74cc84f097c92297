import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { TEST_PASSWORD, createUser } from "@/test/factories";
import { authenticate } from "./authenticate";
import { PASSWORD_ROUNDS } from "@/lib/auth/password";
import bcrypt from "bcryptjs";
import { clock } from "@/lib/clock";

// Each test signs in from its own address, so the per-address slowdown of one test does
// not reach into another.
const fromNewIp = () => new Headers({ "x-forwarded-for": `10.${randomInt(255)}.${randomInt(255)}.${randomInt(255)}`, "user-agent": "vitest" });

describe("authenticate", () => {
  it("signs in with the login or the email, any case, and opens a Session row", async () => {
    const user = await createUser({ login: `Ayan.${randomInt(1e6)}` });
    const byLogin = await authenticate({ identifier: user.login!.toUpperCase(), password: TEST_PASSWORD }, fromNewIp());
    expect(byLogin).toMatchObject({ ok: true, userId: user.id });
    const byEmail = await authenticate({ identifier: ` ${user.email.toUpperCase()} `, password: TEST_PASSWORD }, fromNewIp());
    expect(byEmail).toMatchObject({ ok: true, userId: user.id });
    const session = await db.session.findUniqueOrThrow({ where: { id: byEmail.ok ? byEmail.sessionId : "" } });
    expect(session).toMatchObject({ userId: user.id, revokedAt: null, userAgent: "vitest" });
  });

  it("replaces a hash of an older cost at the next sign-in", async () => {
    const user = await createUser(); // the factory hashes cheaply, at cost 4
    expect(bcrypt.getRounds(user.passwordHash!)).not.toBe(PASSWORD_ROUNDS);
    expect(await authenticate({ identifier: user.email, password: TEST_PASSWORD }, fromNewIp())).toMatchObject({ ok: true });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(bcrypt.getRounds(stored.passwordHash!)).toBe(PASSWORD_ROUNDS);
    expect(await bcrypt.compare(TEST_PASSWORD, stored.passwordHash!)).toBe(true);
  });

  it("answers an unknown login, a wrong password and a locked login alike, and records every attempt", async () => {
    const user = await createUser();
    const headers = fromNewIp();
    const unknown = await authenticate({ identifier: `nobody-${randomInt(1e6)}`, password: TEST_PASSWORD }, headers);
    const wrong = await authenticate({ identifier: user.login!, password: "Wrong-Password-1" }, headers);
    expect(unknown).toEqual({ ok: false, error: "BAD_CREDENTIALS" });
    expect(wrong).toEqual(unknown);
    const attempts = await db.loginAttempt.findMany({ where: { ip: headers.get("x-forwarded-for")! }, orderBy: { createdAt: "asc" } });
    expect(attempts.map((a) => [a.result, a.userId])).toEqual([
      ["BAD_CREDENTIALS", null],
      ["BAD_CREDENTIALS", user.id],
    ]);
    expect(attempts[0].userAgent).toBe("vitest");
  });

  it("locks the login at the fifth failure in a row, says so, and mails the owner once; even the right password is refused", async () => {
    const user = await createUser();
    for (let i = 0; i < 4; i++) {
      expect(await authenticate({ identifier: user.login!, password: `Wrong-Password-${i}` }, fromNewIp())).toEqual({ ok: false, error: "BAD_CREDENTIALS" });
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lockedUntil).toBeNull();
    expect(await authenticate({ identifier: user.login!, password: "Wrong-Password-5" }, fromNewIp())).toEqual({ ok: false, error: "LOCKED" });
    const locked = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(locked.lockedUntil!.getTime()).toBeGreaterThan(clock.nowMs() + 14 * 60_000);

    expect(await authenticate({ identifier: user.login!, password: TEST_PASSWORD }, fromNewIp())).toEqual({ ok: false, error: "LOCKED" });
    const last = await db.loginAttempt.findFirstOrThrow({ where: { userId: user.id }, orderBy: { createdAt: "desc" } });
    expect(last.result).toBe("LOCKED");
    expect(await db.loginAttempt.count({ where: { userId: user.id } })).toBe(6);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    // One mail to the owner of the login, however many attempts the lock then refuses.
    const mails = await db.mailJob.findMany({ where: { to: user.email, template: "login-locked" } });
    expect(mails).toHaveLength(1);
    expect(JSON.parse(mails[0].payload).mail).toMatchObject({ kind: "login-locked", until: locked.lockedUntil!.toISOString() });

    // Once the lock runs out the right password works again and the count starts over.
    await db.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(clock.nowMs() - 1000) } });
    expect(await authenticate({ identifier: user.login!, password: TEST_PASSWORD }, fromNewIp())).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).failedLoginCount).toBe(0);
  });

  it("counts wrong passwords arriving at the same moment (several web instances) each once, and locks at the fifth", async () => {
    const user = await createUser();
    const tries = Array.from({ length: 5 }, (_, i) => authenticate({ identifier: user.login!, password: `Wrong-Password-${i}` }, fromNewIp()));
    await Promise.all(tries);
    const locked = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(locked.lockedUntil!.getTime()).toBeGreaterThan(clock.nowMs() + 14 * 60_000);
    expect(locked.failedLoginCount).toBe(0);
  });

  it("answers five failures for a login that does not exist with the same LOCKED, and mails nobody", async () => {
    const identifier = `nobody-${randomInt(1e9)}`;
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push((await authenticate({ identifier, password: `Wrong-Password-${i}` }, fromNewIp())) as { error: string });
    expect(answers.map((a) => a.error)).toEqual(["BAD_CREDENTIALS", "BAD_CREDENTIALS", "BAD_CREDENTIALS", "BAD_CREDENTIALS", "LOCKED", "LOCKED"]);
    expect(await db.mailJob.count({ where: { template: "login-locked", to: { contains: identifier } } })).toBe(0);
  });

  it("refuses a registration that was never completed like any wrong login", async () => {
    const user = await createUser({ status: "PENDING" });
    expect(await authenticate({ identifier: user.email, password: TEST_PASSWORD }, fromNewIp())).toEqual({ ok: false, error: "BAD_CREDENTIALS" });
  });

  it("refuses an address with a hundred recent failures without even looking the login up", async () => {
    const user = await createUser();
    const headers = fromNewIp();
    const ip = headers.get("x-forwarded-for")!;
    await db.loginAttempt.createMany({ data: Array.from({ length: 100 }, () => ({ identifier: "guess", ip, result: "BAD_CREDENTIALS" })) });
    expect(await authenticate({ identifier: user.login!, password: TEST_PASSWORD }, headers)).toEqual({ ok: false, error: "BAD_CREDENTIALS" });
    expect((await db.loginAttempt.findFirstOrThrow({ where: { ip }, orderBy: { createdAt: "desc" } })).result).toBe("THROTTLED");
  });
});
