import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { clock } from "@/lib/clock";
import { actAs } from "@/test/auth";
import { createAccount, createUser } from "@/test/factories";
import { testRequest } from "@/test/setup";
import { ACCOUNT_COOKIE } from "@/lib/auth/cabinet";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { setLocale } from "./set-locale";
import { switchAccount } from "./switch-account";
import { stopImpersonation } from "./stop-impersonation";
import { logOut } from "./log-out";

// The small actions of the shell: the language, the account switcher, the end of "view as".
describe("the shell's actions", () => {
  beforeEach(() => {
    actAs(null);
    testRequest.cookies.clear();
  });

  it("setLocale refuses an unknown language with a message and keeps the person's choice otherwise", async () => {
    const user = await createUser();
    actAs(user);
    expect(await setLocale({ locale: "de" as never })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(testRequest.cookies.has(LOCALE_COOKIE)).toBe(false);
    expect(await setLocale({ locale: "kk" })).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("kk");
  });

  it("switchAccount refuses the signed-out, and an account the caller is not a member of", async () => {
    const { account } = await createAccount();
    expect(await switchAccount({ accountId: account.id })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    actAs(await createUser());
    expect(await switchAccount({ accountId: account.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(testRequest.cookies.has(ACCOUNT_COOKIE)).toBe(false);
  });

  it("switchAccount picks an account the caller belongs to", async () => {
    const { account, owner } = await createAccount();
    actAs(owner);
    expect(await switchAccount({ accountId: account.id })).toMatchObject({ ok: true });
    expect(testRequest.cookies.get(ACCOUNT_COOKIE)).toBe(account.id);
  });

  it("stopImpersonation refuses the signed-out, and someone who is not viewing as anyone", async () => {
    expect(await stopImpersonation({})).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    actAs(await createUser({ staffRole: "SUPPORT" }));
    expect(await stopImpersonation({})).toMatchObject({ ok: false, code: "BAD_REQUEST" });
  });

  it("logOut refuses the signed-out and ends only the caller's own session; the cookie goes either way", async () => {
    testRequest.cookies.set("next-auth.session-token", "stale");
    expect(await logOut({})).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(testRequest.cookies.get("next-auth.session-token")).toBe("");
    testRequest.cookies.set("next-auth.session-token", "live");
    const user = await createUser();
    const auth = actAs(user)!;
    await db.session.upsert({ where: { id: auth.sessionId }, update: {}, create: { id: auth.sessionId, userId: user.id, expiresAt: new Date(clock.nowMs() + 3_600_000) } });
    const other = await db.session.create({ data: { userId: user.id, expiresAt: new Date(clock.nowMs() + 3_600_000) } });
    expect(await logOut({})).toMatchObject({ ok: true });
    expect((await db.session.findUniqueOrThrow({ where: { id: auth.sessionId } })).revokedReason).toBe("LOGOUT");
    expect((await db.session.findUniqueOrThrow({ where: { id: other.id } })).revokedAt).toBeNull();
    expect(testRequest.cookies.get("next-auth.session-token")).toBe("");
  });
});
