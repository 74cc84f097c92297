import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { issueAuthToken } from "@/lib/server/auth/issue-auth-token";
import { peekAuthToken } from "@/lib/server/auth/consume-auth-token";
import { MAIL_PER_ADDRESS } from "@/lib/server/auth/limit-mail-requests";
import { mailsTo, tokenIn, useFreshIp } from "@/lib/server/auth/test-helpers";
import { createUser, uniqueEmail } from "@/test/factories";
import { resendActivation } from "./resend-activation";

describe("send the activation link again", () => {
  beforeEach(() => void useFreshIp());

  it("replaces the old link, in the person's own language", async () => {
    const user = await createUser({ status: "PENDING" });
    await db.user.update({ where: { id: user.id }, data: { locale: "kk" } });
    const old = (await issueAuthToken(user.id, "ACTIVATION")).url.split("/").pop()!;
    expect(await resendActivation({ email: user.email })).toEqual({ ok: true, data: { email: user.email } });
    const [mail] = await mailsTo(user.email, "activation");
    expect(mail.subject).toBe("Жеке кабинетте тіркелуді аяқтаңыз");
    expect((await peekAuthToken(old, "ACTIVATION")).state).toBe("used");
    expect((await peekAuthToken(tokenIn(mail, "activate"), "ACTIVATION")).state).toBe("valid");
  });

  it("answers an unknown address the same way and sends nothing", async () => {
    const email = uniqueEmail("ghost");
    expect(await resendActivation({ email })).toEqual({ ok: true, data: { email } });
    expect(await mailsTo(email)).toHaveLength(0);
  });

  it("reminds a registered person that they have an account instead", async () => {
    const user = await createUser();
    expect(await resendActivation({ email: user.email })).toEqual({ ok: true, data: { email: user.email } });
    expect(await mailsTo(user.email, "already-registered")).toHaveLength(1);
  });

  it("caps the mails one address receives, whoever asks and from wherever", async () => {
    const email = uniqueEmail("flood");
    for (let i = 0; i < MAIL_PER_ADDRESS; i++) {
      useFreshIp();
      expect((await resendActivation({ email })).ok).toBe(true);
    }
    useFreshIp();
    expect(await resendActivation({ email })).toMatchObject({ ok: false, code: "RATE_LIMITED" });
  });

  it("refuses a malformed address with a field error", async () => {
    expect(await resendActivation({ email: "nope" })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { email: "validation.email" } });
  });
});
