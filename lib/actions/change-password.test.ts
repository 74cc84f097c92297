import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { mailsTo, useFreshIp } from "@/lib/server/auth/test-helpers";
import { actAs } from "@/test/auth";
import { TEST_PASSWORD, createAccount, createUser } from "@/test/factories";
import { changePassword } from "./change-password";
import { clock } from "@/lib/clock";

const NEW_PASSWORD = "Burabay-Pines-88";

describe("changing the password in the profile", () => {
  beforeEach(() => {
    actAs(null);
    useFreshIp();
  });

  it("refuses a signed-out caller, and staff while impersonating", async () => {
    const input = { currentPassword: TEST_PASSWORD, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD };
    expect(await changePassword(input)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    const { account, owner } = await createAccount();
    actAs(owner, { actor: await createUser({ staffRole: "SUPPORT" }), impersonation: { id: "imp-pass", accountId: account.id } });
    expect(await changePassword(input)).toMatchObject({ ok: false, code: "READ_ONLY" });
    expect(await verifyPassword(TEST_PASSWORD, (await db.user.findUniqueOrThrow({ where: { id: owner.id } })).passwordHash)).toBe(true);
  });

  it("needs the current password", async () => {
    const user = await createUser();
    actAs(user);
    const result = await changePassword({ currentPassword: "Not-My-Pass-1", password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD });
    expect(result).toMatchObject({ ok: false, fieldErrors: { currentPassword: "validation.passwordWrong" } });
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "profile.password_change_refused", outcome: "DENIED" } })).toBe(1);
  });

  it("applies the policy and refuses the same password again", async () => {
    const user = await createUser();
    actAs(user);
    expect(await changePassword({ currentPassword: TEST_PASSWORD, password: TEST_PASSWORD, passwordConfirm: TEST_PASSWORD })).toMatchObject({
      ok: false,
      fieldErrors: { password: "validation.passwordSame" },
    });
    expect(await changePassword({ currentPassword: TEST_PASSWORD, password: "password123", passwordConfirm: "password123" })).toMatchObject({
      ok: false,
      fieldErrors: { password: "validation.passwordCommon" },
    });
  });

  it("ends every OTHER session, keeps this one, records it and mails the person", async () => {
    const user = await createUser();
    const auth = actAs(user)!;
    const expiresAt = new Date(clock.nowMs() + 3600_000);
    const current = await db.session.create({ data: { id: auth.sessionId, userId: user.id, expiresAt } });
    const other = await db.session.create({ data: { userId: user.id, expiresAt } });

    const result = await changePassword({ currentPassword: TEST_PASSWORD, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD });
    expect(result).toEqual({ ok: true, data: { sessionsEnded: 1, isNotified: true } });
    expect((await db.session.findUniqueOrThrow({ where: { id: current.id } })).revokedAt).toBeNull();
    expect(await db.session.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ revokedReason: "PASSWORD_CHANGE" });
    expect(await verifyPassword(NEW_PASSWORD, (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash)).toBe(true);
    expect(await db.profileChange.count({ where: { userId: user.id, field: "password" } })).toBe(1);
    const [mail] = await mailsTo(user.email, "password-changed");
    expect(mail.text).toContain("Все другие сеансы");
  });

  it("stops guessing after five attempts", async () => {
    const user = await createUser();
    actAs(user);
    for (let i = 0; i < 5; i++) await changePassword({ currentPassword: `Guess-${i}-abcdef`, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD });
    const result = await changePassword({ currentPassword: TEST_PASSWORD, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD });
    expect(result).toMatchObject({ ok: false, code: "RATE_LIMITED" });
  });
});
