import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { deliverEmail } from "@/lib/email/deliver-email";
import { deliverDueMail } from "@/lib/email/deliver-due-mail";
import { deliverQueuedMail } from "@/test/mail";
import { clock } from "@/lib/clock";
import { peekAuthToken } from "@/lib/server/auth/consume-auth-token";
import { ensureAgreement, mailsTo, tokenIn, useFreshIp } from "@/lib/server/auth/test-helpers";
import { createUser, uniqueEmail } from "@/test/factories";
import { registerUser } from "./register-user";

vi.mock(import("@/lib/email/deliver-email"), async (importOriginal) => {
  const real = await importOriginal();
  return { ...real, deliverEmail: vi.fn(real.deliverEmail) };
});

let version: string;
const form = (email: string, overrides: Record<string, unknown> = {}) => ({
  email,
  name: "Айгерим Нурланова",
  phone: "+7 701 234 56 78",
  agreementVersion: version,
  acceptAgreement: true,
  ...overrides,
});

describe("registration", () => {
  beforeEach(async () => {
    useFreshIp();
    version = await ensureAgreement();
  });

  it("creates a PENDING person, records the acceptance and mails a 24-hour activation link", async () => {
    const email = uniqueEmail("reg");
    const result = await registerUser(form(email.toUpperCase()));
    expect(result).toEqual({ ok: true, data: { email } });
    await deliverQueuedMail(); // the worker settles the request
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { acceptances: { include: { version: true } } } });
    expect(user).toMatchObject({ status: "PENDING", name: "Айгерим Нурланова", phone: "+77012345678", locale: "ru", passwordHash: null, login: null });
    expect(user.acceptances).toHaveLength(1);
    expect(user.acceptances[0]).toMatchObject({ method: "REGISTRATION", userAgent: "vitest" });
    expect(user.acceptances[0].version).toMatchObject({ kind: "AGREEMENT", version });
    expect(user.acceptances[0].ip).toMatch(/^10\./);

    const [mail] = await mailsTo(email, "activation");
    expect(mail.subject).toBe("Завершите регистрацию в личном кабинете");
    expect(mail.text).toContain("Айгерим Нурланова");
    expect(await peekAuthToken(tokenIn(mail, "activate"), "ACTIVATION")).toMatchObject({ state: "valid", userId: user.id });
  });

  it("gives a registered address the same answer, a mail saying so, and no second account", async () => {
    const existing = await createUser();
    const result = await registerUser(form(existing.email, { name: "Кто-то Другой" }));
    expect(result).toEqual({ ok: true, data: { email: existing.email } });
    await deliverQueuedMail();
    expect(await db.user.count({ where: { email: existing.email } })).toBe(1);
    const after = await db.user.findUniqueOrThrow({ where: { id: existing.id } });
    expect(after).toMatchObject({ status: "ACTIVE", name: existing.name, passwordHash: existing.passwordHash });
    expect(await db.agreementAcceptance.count({ where: { userId: existing.id } })).toBe(0);
    expect(await mailsTo(existing.email, "activation")).toHaveLength(0);
    const [mail] = await mailsTo(existing.email, "already-registered");
    expect(mail.subject).toBe("Этот адрес уже зарегистрирован в личном кабинете");
    expect(mail.text).toContain("/forgot-password");
  });

  it("sends a PENDING address a fresh link, and the older one stops working", async () => {
    const email = uniqueEmail("again");
    await registerUser(form(email));
    const first = tokenIn((await mailsTo(email, "activation"))[0], "activate");
    await registerUser(form(email, { name: "Айгерим Нурлановна" }));
    const mails = await mailsTo(email, "activation");
    expect(mails).toHaveLength(2);
    expect((await peekAuthToken(first, "ACTIVATION")).state).toBe("used");
    expect((await peekAuthToken(tokenIn(mails[1], "activate"), "ACTIVATION")).state).toBe("valid");
    expect(await db.user.count({ where: { email } })).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).name).toBe("Айгерим Нурлановна");
  });

  it("shows field errors for bad input and saves nothing", async () => {
    const email = uniqueEmail("bad");
    const result = await registerUser(form(email, { phone: "12345", name: "A", acceptAgreement: false }));
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { phone: "validation.phone", name: "validation.name", acceptAgreement: "validation.acceptAgreement" },
    });
    expect(await registerUser(form("not-an-email"))).toMatchObject({ ok: false, fieldErrors: { email: "validation.email" } });
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect(await mailsTo(email)).toHaveLength(0);
  });

  it("answers a known and a new address with the same single write; the worker tells them apart", async () => {
    const existing = await createUser();
    const email = uniqueEmail("same");
    await deliverQueuedMail();
    const before = { users: await db.user.count(), audit: await db.auditLog.count() };
    expect(await registerUser(form(existing.email))).toEqual({ ok: true, data: { email: existing.email } });
    expect(await registerUser(form(email))).toEqual({ ok: true, data: { email } });
    expect(await db.user.count()).toBe(before.users);
    expect(await db.auditLog.count()).toBe(before.audit);
    const jobs = await db.mailJob.findMany({ where: { to: { in: [existing.email, email] } }, orderBy: { to: "asc" } });
    expect(jobs.map((j) => [j.kind, j.template])).toEqual([
      ["request", "request:registration"],
      ["request", "request:registration"],
    ]);
    expect(await mailsTo(existing.email, "already-registered")).toHaveLength(1);
    expect(await mailsTo(email, "activation")).toHaveLength(1);
    // Settled requests are removed: only the mails they caused remain.
    expect(await db.mailJob.count({ where: { to: { in: [existing.email, email] }, kind: "request" } })).toBe(0);
  });

  it("refuses an agreement version that is no longer the current one", async () => {
    const email = uniqueEmail("old");
    const result = await registerUser(form(email, { agreementVersion: "0.1" }));
    expect(result).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("registers at once when the mail provider fails, and loses nothing: the link arrives on a retry", async () => {
    const email = uniqueEmail("fail");
    await deliverQueuedMail(); // nothing else due: the failure below is this test's mail
    expect(await registerUser(form(email))).toEqual({ ok: true, data: { email } });
    await deliverDueMail(); // settles the request: the person and the activation job
    vi.mocked(deliverEmail).mockRejectedValueOnce(new Error("Resend: 500"));
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.status).toBe("PENDING");
    expect(await db.agreementAcceptance.count({ where: { userId: user.id } })).toBe(1);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    await deliverDueMail();
    log.mockRestore();
    const job = await db.mailJob.findFirstOrThrow({ where: { to: email, template: "activation" } });
    expect(job).toMatchObject({ status: "PENDING", lastError: "Resend: 500" });
    clock.set(new Date(job.runAt.getTime() + 1));
    try {
      const [mail] = await mailsTo(email, "activation");
      expect((await peekAuthToken(tokenIn(mail, "activate"), "ACTIVATION")).state).toBe("valid");
    } finally {
      clock.set(null);
    }
  });
});
