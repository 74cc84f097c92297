import { randomInt } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashToken } from "@/lib/auth/tokens";
import { verifyPassword } from "@/lib/auth/password";
import { authenticate } from "@/lib/server/auth/authenticate";
import { issueAuthToken } from "@/lib/server/auth/issue-auth-token";
import { peekAuthToken } from "@/lib/server/auth/consume-auth-token";
import { useFreshIp } from "@/lib/server/auth/test-helpers";
import { createUser } from "@/test/factories";
import { activateAccount } from "./activate-account";
import { clock } from "@/lib/clock";

const PASSWORD = "Steppe-Wind-2026";

async function pendingPerson() {
  const user = await createUser({ status: "PENDING" });
  await db.user.update({ where: { id: user.id }, data: { login: null, loginKey: null, passwordHash: null, activatedAt: null } });
  const token = (await issueAuthToken(user.id, "ACTIVATION")).url.split("/").pop()!;
  return { user, token };
}

const uniqueLogin = (prefix = "Ayan") => `${prefix}.${randomInt(1e8)}`;

describe("activation", () => {
  beforeEach(() => void useFreshIp());

  it("sets the login and password, makes the person ACTIVE, records the change, and the link is used up", async () => {
    const { user, token } = await pendingPerson();
    const login = uniqueLogin();
    expect(await activateAccount({ token, login, password: PASSWORD, passwordConfirm: PASSWORD })).toEqual({ ok: true, data: { login } });

    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ status: "ACTIVE", login, loginKey: login.toLowerCase() });
    expect(after.activatedAt).toBeInstanceOf(Date);
    expect(await verifyPassword(PASSWORD, after.passwordHash)).toBe(true);
    const history = await db.profileChange.findMany({ where: { userId: user.id }, orderBy: { field: "asc" } });
    expect(history.map((h) => [h.field, h.newValue])).toEqual([
      ["login", login],
      ["password", null],
    ]);
    expect(await db.auditLog.count({ where: { action: "user.activate", objectId: user.id } })).toBe(1);

    const again = await activateAccount({ token, login: uniqueLogin(), password: PASSWORD, passwordConfirm: PASSWORD });
    expect(again).toMatchObject({ ok: false, code: "BAD_REQUEST", error: expect.stringContaining("уже использована") });
    expect(await authenticate({ identifier: login, password: PASSWORD }, new Headers({ "x-forwarded-for": "10.9.9.9" }))).toMatchObject({ ok: true });
  });

  it("refuses a login taken by someone else without regard to case, and keeps the link usable", async () => {
    const taken = uniqueLogin("Taken");
    await createUser({ login: taken });
    const { user, token } = await pendingPerson();
    const result = await activateAccount({ token, login: taken.toUpperCase(), password: PASSWORD, passwordConfirm: PASSWORD });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { login: "validation.loginTaken" } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).status).toBe("PENDING");
    expect((await peekAuthToken(token, "ACTIVATION")).state).toBe("valid");
  });

  it("refuses a password built from the email address", async () => {
    const { user, token } = await pendingPerson();
    const local = user.email.split("@")[0];
    const password = `${local}-2026`;
    const result = await activateAccount({ token, login: uniqueLogin(), password, passwordConfirm: password });
    expect(result).toMatchObject({ ok: false, fieldErrors: { password: "validation.passwordLikeLogin" } });
    expect((await peekAuthToken(token, "ACTIVATION")).state).toBe("valid");
  });

  it("shows field errors for bad input and saves nothing", async () => {
    const { user, token } = await pendingPerson();
    const result = await activateAccount({ token, login: "a b", password: "qwerty123456", passwordConfirm: "other" });
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { login: "validation.login", password: "validation.passwordCommon", passwordConfirm: "validation.passwordMismatch" },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).status).toBe("PENDING");
  });

  it("explains an expired link and an unknown one", async () => {
    const { token } = await pendingPerson();
    await db.authToken.update({ where: { tokenHash: hashToken(token) }, data: { expiresAt: new Date(clock.nowMs() - 1) } });
    const expired = await activateAccount({ token, login: uniqueLogin(), password: PASSWORD, passwordConfirm: PASSWORD });
    expect(expired).toMatchObject({ ok: false, error: expect.stringContaining("Срок действия ссылки истёк") });
    const unknown = await activateAccount({ token: "A".repeat(43), login: uniqueLogin(), password: PASSWORD, passwordConfirm: PASSWORD });
    expect(unknown).toMatchObject({ ok: false, error: expect.stringContaining("Ссылка недействительна") });
  });
});
