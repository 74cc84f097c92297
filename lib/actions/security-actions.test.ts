import { beforeEach, describe, expect, it } from "vitest";
import { authenticator } from "otplib";
import { db } from "@/lib/db";
import { actAs } from "@/test/auth";
import { TEST_PASSWORD, addMember, createAccount, createUser } from "@/test/factories";
import { verifyTotpOrRecovery } from "@/lib/server/auth/verify-second-factor";
import { endSessionAction } from "./end-session";
import { endOtherSessionsAction } from "./end-other-sessions";
import { startTotpSetupAction } from "./start-totp-setup";
import { confirmTotpAction } from "./confirm-totp";
import { disableTotpAction } from "./disable-totp";
import { regenerateRecoveryCodesAction } from "./regenerate-recovery-codes";
import { clock } from "@/lib/clock";

const hour = 60 * 60 * 1000;
const openSession = (userId: string, id?: string) =>
  db.session.create({ data: { id, userId, ip: "10.0.0.1", userAgent: "Mozilla/5.0 (Windows NT 10.0) Chrome/140.0", expiresAt: new Date(clock.nowMs() + hour) } });

async function enableTotp(user: { id: string }) {
  const started = await startTotpSetupAction({});
  if (!started.ok) throw new Error(started.error);
  const confirmed = await confirmTotpAction({ code: authenticator.generate(started.data.secret) });
  if (!confirmed.ok) throw new Error(confirmed.error);
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  return { secret: started.data.secret, codes: confirmed.data.recoveryCodes, row };
}

describe("sessions", () => {
  beforeEach(() => actAs(null));

  it("ends one of the person's other sessions, not this one and not someone else's", async () => {
    const user = await createUser();
    const auth = actAs(user)!;
    await openSession(user.id, auth.sessionId);
    const other = await openSession(user.id);
    const stranger = await createUser();
    const foreign = await openSession(stranger.id);

    expect(await endSessionAction({ sessionId: auth.sessionId })).toMatchObject({ ok: false, fieldErrors: { root: "security.errors.currentSession" } });
    expect(await endSessionAction({ sessionId: foreign.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await db.session.findUniqueOrThrow({ where: { id: foreign.id } })).revokedAt).toBeNull();

    expect(await endSessionAction({ sessionId: other.id })).toEqual({ ok: true, data: { sessionId: other.id } });
    expect((await db.session.findUniqueOrThrow({ where: { id: other.id } })).revokedAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "session.revoke", objectId: other.id } })).toBe(1);
  });

  it("ends every other session at once", async () => {
    const user = await createUser();
    const auth = actAs(user)!;
    await openSession(user.id, auth.sessionId);
    await openSession(user.id);
    await openSession(user.id);
    expect(await endOtherSessionsAction({})).toEqual({ ok: true, data: { count: 2 } });
    const open = await db.session.findMany({ where: { userId: user.id, revokedAt: null } });
    expect(open.map((s) => s.id)).toEqual([auth.sessionId]);
  });

  it("refuses a signed-out caller and staff viewing as the person", async () => {
    const user = await createUser();
    const other = await openSession(user.id);
    expect(await endOtherSessionsAction({})).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    const { account } = await createAccount({ owner: user });
    actAs(user, { actor: await createUser({ staffRole: "SUPPORT" }), impersonation: { id: "imp-sec", accountId: account.id } });
    expect(await endSessionAction({ sessionId: other.id })).toMatchObject({ ok: false, code: "READ_ONLY" });
    expect(await startTotpSetupAction({})).toMatchObject({ ok: false, code: "READ_ONLY" });
    expect((await db.session.findUniqueOrThrow({ where: { id: other.id } })).revokedAt).toBeNull();
  });
});

describe("TOTP", () => {
  beforeEach(() => actAs(null));

  it("is not in force until a code confirms the secret; then sign-in accepts codes and each recovery code once", async () => {
    const user = await createUser();
    actAs(user);
    const started = await startTotpSetupAction({});
    if (!started.ok) throw new Error(started.error);
    expect(started.data.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(started.data.otpauthUrl).toContain(`secret=${started.data.secret}`);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).toBeNull();

    expect(await confirmTotpAction({ code: "12345" })).toMatchObject({ ok: false, fieldErrors: { code: "security.validation.code" } });
    const wrong = String((Number(authenticator.generate(started.data.secret)) + 500_000) % 1_000_000).padStart(6, "0");
    expect(await confirmTotpAction({ code: wrong })).toMatchObject({ ok: false, fieldErrors: { code: "security.errors.badCode" } });

    const confirmed = await confirmTotpAction({ code: authenticator.generate(started.data.secret) });
    if (!confirmed.ok) throw new Error(confirmed.error);
    const codes = confirmed.data.recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.totpEnabledAt).not.toBeNull();
    // Only hashes are stored.
    const stored = await db.totpRecoveryCode.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(10);
    expect(stored.some((s) => codes.some((c) => s.codeHash.includes(c.replace(" ", ""))))).toBe(false);
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "security.totp_enable" } })).toBe(1);

    // At sign-in: the current code, and a recovery code exactly once (typed with or without the space).
    expect(await verifyTotpOrRecovery(user.id, row.totpSecret, authenticator.generate(row.totpSecret!))).toBe(true);
    expect(await verifyTotpOrRecovery(user.id, row.totpSecret, codes[0].replace(" ", "").toUpperCase())).toBe(true);
    expect(await verifyTotpOrRecovery(user.id, row.totpSecret, codes[0])).toBe(false);
    expect(await verifyTotpOrRecovery(user.id, row.totpSecret, codes[1])).toBe(true);

    // A second setup while it is on is refused.
    expect(await startTotpSetupAction({})).toMatchObject({ ok: false, fieldErrors: { root: "security.errors.alreadyEnabled" } });
  });

  it("regenerates recovery codes after a code: the old ones stop working", async () => {
    const user = await createUser();
    actAs(user);
    const { secret, codes } = await enableTotp(user);
    expect(await regenerateRecoveryCodesAction({ code: "000000" })).toMatchObject({ ok: false });
    const result = await regenerateRecoveryCodesAction({ code: authenticator.generate(secret) });
    if (!result.ok) throw new Error(result.error);
    expect(result.data.recoveryCodes).toHaveLength(10);
    expect(await verifyTotpOrRecovery(user.id, secret, codes[2])).toBe(false);
    expect(await verifyTotpOrRecovery(user.id, secret, result.data.recoveryCodes[2])).toBe(true);
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "security.recovery_codes_regenerate" } })).toBe(1);
  });

  it("turns off only with the password and a code, and not while a cabinet requires it", async () => {
    const user = await createUser();
    actAs(user);
    const { secret, codes } = await enableTotp(user);
    expect(await disableTotpAction({ password: "wrong-password", code: authenticator.generate(secret) })).toMatchObject({
      ok: false,
      fieldErrors: { password: "security.errors.wrongPassword" },
    });
    expect(await disableTotpAction({ password: TEST_PASSWORD, code: "999999x" })).toMatchObject({ ok: false, fieldErrors: { code: "security.errors.badCode" } });

    const { account } = await createAccount();
    await addMember(account.id, [], user);
    await db.account.update({ where: { id: account.id }, data: { requireTotp: true } });
    expect(await disableTotpAction({ password: TEST_PASSWORD, code: codes[0] })).toMatchObject({ ok: false, fieldErrors: { root: "security.errors.requiredByAccount" } });
    await db.account.update({ where: { id: account.id }, data: { requireTotp: false } });

    expect(await disableTotpAction({ password: TEST_PASSWORD, code: codes[0] })).toEqual({ ok: true, data: { isEnabled: false } });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ totpSecret: null, totpEnabledAt: null });
    expect(await db.totpRecoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "security.totp_disable" } })).toBe(1);
  });
});
