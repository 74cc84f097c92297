import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { hashToken } from "@/lib/auth/tokens";
import { deliverEmail } from "@/lib/email/deliver-email";
import { deliverDueMail } from "@/lib/email/deliver-due-mail";
import { deliverQueuedMail } from "@/test/mail";
import { authenticate } from "@/lib/server/auth/authenticate";
import { peekAuthToken } from "@/lib/server/auth/consume-auth-token";
import { mailsTo, tokenIn, useFreshIp } from "@/lib/server/auth/test-helpers";
import { TEST_PASSWORD, createUser, uniqueEmail } from "@/test/factories";
import { requestPasswordReset } from "./request-password-reset";
import { resetPassword } from "./reset-password";
import { clock } from "@/lib/clock";

vi.mock(import("@/lib/email/deliver-email"), async (importOriginal) => {
  const real = await importOriginal();
  return { ...real, deliverEmail: vi.fn(real.deliverEmail) };
});

const NEW_PASSWORD = "Kokshetau-Lake-77";
const headers = () => new Headers({ "x-forwarded-for": "10.200.0.1" });

async function resetLinkFor(email: string) {
  expect(await requestPasswordReset({ email })).toEqual({ ok: true, data: { email } });
  const mails = await mailsTo(email, "password-reset");
  return tokenIn(mails[mails.length - 1], "reset-password");
}

const openSession = (userId: string) =>
  db.session.create({ data: { userId, expiresAt: new Date(clock.nowMs() + 3600_000) } });

describe("forgotten password", () => {
  beforeEach(() => void useFreshIp());

  it("answers the same for an unknown address and sends nothing", async () => {
    const email = uniqueEmail("ghost");
    expect(await requestPasswordReset({ email })).toEqual({ ok: true, data: { email } });
    expect(await mailsTo(email)).toHaveLength(0);
  });

  it("answers a known and an unknown address with the same single write", async () => {
    const user = await createUser();
    const ghost = uniqueEmail("ghost2");
    await deliverQueuedMail();
    const tokens = await db.authToken.count();
    await requestPasswordReset({ email: user.email });
    await requestPasswordReset({ email: ghost });
    expect(await db.authToken.count()).toBe(tokens);
    const jobs = await db.mailJob.findMany({ where: { to: { in: [user.email, ghost] } } });
    expect(jobs.map((j) => j.template)).toEqual(["request:password-reset", "request:password-reset"]);
    expect(await mailsTo(user.email, "password-reset")).toHaveLength(1);
    expect(await mailsTo(ghost)).toHaveLength(0);
    expect(await db.mailJob.count({ where: { to: ghost } })).toBe(0);
  });

  it("sends a person who never finished registering their activation link instead", async () => {
    const user = await createUser({ status: "PENDING" });
    await requestPasswordReset({ email: user.email });
    expect(await mailsTo(user.email, "activation")).toHaveLength(1);
    expect(await mailsTo(user.email, "password-reset")).toHaveLength(0);
  });

  it("mails a link valid for one hour", async () => {
    const user = await createUser();
    const token = await resetLinkFor(user.email);
    const row = await db.authToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    expect(row.expiresAt.getTime() - clock.nowMs()).toBeLessThanOrEqual(3600_000);
    expect(row.expiresAt.getTime() - clock.nowMs()).toBeGreaterThan(3500_000);
  });

  it("sets the new password, ends EVERY session, lifts the lock, records it and mails a notice", async () => {
    const user = await createUser();
    await db.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(clock.nowMs() + 600_000) } });
    const sessions = await Promise.all([openSession(user.id), openSession(user.id)]);
    const token = await resetLinkFor(user.email);

    const result = await resetPassword({ token, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD });
    expect(result).toEqual({ ok: true, data: { sessionsEnded: 2, isNotified: true } });
    for (const s of sessions) {
      const row = await db.session.findUniqueOrThrow({ where: { id: s.id } });
      expect(row.revokedAt).toBeInstanceOf(Date);
      expect(row.revokedReason).toBe("PASSWORD_RESET");
    }
    expect(await db.profileChange.count({ where: { userId: user.id, field: "password" } })).toBe(1);
    expect(await mailsTo(user.email, "password-changed")).toHaveLength(1);
    expect(await authenticate({ identifier: user.email, password: TEST_PASSWORD }, headers())).toMatchObject({ ok: false });
    expect(await authenticate({ identifier: user.email, password: NEW_PASSWORD }, headers())).toMatchObject({ ok: true });

    const twice = await resetPassword({ token, password: "Another-Pass-2026", passwordConfirm: "Another-Pass-2026" });
    expect(twice).toMatchObject({ ok: false, code: "BAD_REQUEST", error: expect.stringContaining("уже использована") });
  });

  it("refuses a weak password without using up the link or ending sessions", async () => {
    const user = await createUser();
    const session = await openSession(user.id);
    const token = await resetLinkFor(user.email);
    const password = `${user.login}-2026`;
    expect(await resetPassword({ token, password, passwordConfirm: password })).toMatchObject({
      ok: false,
      fieldErrors: { password: "validation.passwordLikeLogin" },
    });
    expect(await resetPassword({ token, password: "short1", passwordConfirm: "short2" })).toMatchObject({
      ok: false,
      fieldErrors: { password: "validation.passwordShort", passwordConfirm: "validation.passwordMismatch" },
    });
    expect((await peekAuthToken(token, "PASSWORD_RESET")).state).toBe("valid");
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).revokedAt).toBeNull();
  });

  it("refuses an expired link", async () => {
    const user = await createUser();
    const token = await resetLinkFor(user.email);
    await db.authToken.update({ where: { tokenHash: hashToken(token) }, data: { expiresAt: new Date(clock.nowMs() - 1) } });
    expect(await resetPassword({ token, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD })).toMatchObject({
      ok: false,
      error: expect.stringContaining("Срок действия ссылки истёк"),
    });
  });

  it("keeps the new password when the mail provider fails; the notice follows on a retry", async () => {
    const user = await createUser();
    const token = await resetLinkFor(user.email);
    const result = await resetPassword({ token, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD });
    expect(result).toMatchObject({ ok: true, data: { isNotified: true } });
    expect(await authenticate({ identifier: user.email, password: NEW_PASSWORD }, headers())).toMatchObject({ ok: true });
    // Nothing else is due (resetLinkFor delivered the queue): the failure is this notice's.
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    vi.mocked(deliverEmail).mockRejectedValueOnce(new Error("Resend: 503"));
    await deliverDueMail();
    log.mockRestore();
    const job = await db.mailJob.findFirstOrThrow({ where: { to: user.email, template: "password-changed" } });
    expect(job).toMatchObject({ status: "PENDING", attempts: 1, lastError: "Resend: 503" });
    clock.set(new Date(job.runAt.getTime() + 1));
    try {
      expect(await mailsTo(user.email, "password-changed")).toHaveLength(1);
    } finally {
      clock.set(null);
    }
  });

  it("answers a reset request at once even when the mail provider is down; the link arrives on a retry", async () => {
    const user = await createUser();
    await deliverQueuedMail(); // nothing else due: the failure below is this test's mail
    expect(await requestPasswordReset({ email: user.email })).toEqual({ ok: true, data: { email: user.email } });
    await deliverDueMail(); // settles the request: the token and its mail job
    vi.mocked(deliverEmail).mockRejectedValueOnce(new Error("Resend: connection refused"));
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    await deliverDueMail();
    log.mockRestore();
    expect(await db.outboxEmail.count({ where: { to: user.email } })).toBe(0);
    const job = await db.mailJob.findFirstOrThrow({ where: { to: user.email, template: "password-reset" } });
    clock.set(new Date(job.runAt.getTime() + 1));
    try {
      const [mail] = await mailsTo(user.email, "password-reset");
      expect((await peekAuthToken(tokenIn(mail, "reset-password"), "PASSWORD_RESET")).state).toBe("valid");
    } finally {
      clock.set(null);
    }
  });
});
