import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { peekAuthToken } from "@/lib/server/auth/consume-auth-token";
import { mailsTo, tokenIn, useFreshIp } from "@/lib/server/auth/test-helpers";
import { actAs } from "@/test/auth";
import { createAccount, createUser, uniqueEmail } from "@/test/factories";
import { confirmEmailChange } from "./confirm-email-change";
import { requestEmailChange } from "./request-email-change";

describe("changing the email address", () => {
  beforeEach(() => {
    actAs(null);
    useFreshIp();
  });

  it("refuses a signed-out caller, and staff while impersonating", async () => {
    expect(await requestEmailChange({ email: uniqueEmail() })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    const { account, owner } = await createAccount();
    actAs(owner, { actor: await createUser({ staffRole: "ADMIN" }), impersonation: { id: "imp-email", accountId: account.id } });
    expect(await requestEmailChange({ email: uniqueEmail() })).toMatchObject({ ok: false, code: "READ_ONLY" });
  });

  it("mails a link to the NEW address, applies the change only when it is followed, and tells the old address", async () => {
    const user = await createUser();
    actAs(user);
    const newEmail = uniqueEmail("new");
    expect(await requestEmailChange({ email: newEmail.toUpperCase() })).toEqual({ ok: true, data: { email: newEmail } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
    const [mail] = await mailsTo(newEmail, "email-change");
    expect(mail.subject).toBe("Подтвердите новый адрес электронной почты");
    const token = tokenIn(mail, "confirm-email");

    actAs(null); // the link works on any device, signed in or not
    expect(await confirmEmailChange({ token })).toEqual({ ok: true, data: { email: newEmail, isNotified: true } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(newEmail);
    const history = await db.profileChange.findFirstOrThrow({ where: { userId: user.id, field: "email" } });
    expect(history).toMatchObject({ oldValue: user.email, newValue: newEmail, changedById: user.id });
    const [notice] = await mailsTo(user.email, "email-changed");
    expect(notice.text).toContain(newEmail);

    expect(await confirmEmailChange({ token })).toMatchObject({ ok: false, error: expect.stringContaining("уже использована") });
  });

  it("refuses the current address as a field error", async () => {
    const user = await createUser();
    actAs(user);
    expect(await requestEmailChange({ email: user.email })).toMatchObject({ ok: false, fieldErrors: { email: "validation.sameEmail" } });
  });

  it("does not tell whether an address belongs to someone: it just gets no link", async () => {
    const [user, other] = await Promise.all([createUser(), createUser()]);
    actAs(user);
    expect(await requestEmailChange({ email: other.email })).toEqual({ ok: true, data: { email: other.email } });
    expect(await mailsTo(other.email)).toHaveLength(0);
  });

  it("refuses the change when the address was taken after the link was sent", async () => {
    const user = await createUser();
    actAs(user);
    const newEmail = uniqueEmail("race");
    await requestEmailChange({ email: newEmail });
    const token = tokenIn((await mailsTo(newEmail, "email-change"))[0], "confirm-email");
    await createUser({ email: newEmail });
    expect(await confirmEmailChange({ token })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
    expect((await peekAuthToken(token, "EMAIL_CHANGE")).state).toBe("valid");
  });
});
