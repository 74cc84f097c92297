import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { clock } from "@/lib/clock";
import { actAs } from "@/test/auth";
import { createUser, uniqueEmail } from "@/test/factories";
import { deliverQueuedMail } from "@/test/mail";
import { sendAuthMail } from "@/lib/server/auth/send-auth-mail";
import { staffRetryMail } from "@/lib/actions/staff-retry-mail";
import { listMailJobs } from "@/lib/server/staff/list-mail-jobs";
import { deliverEmail } from "./deliver-email";
import { deliverDueMail, MAIL_LEASE_MS, MAIL_MAX_ATTEMPTS, retryDelayMs } from "./deliver-due-mail";
import { queueMail } from "./mail-queue";

vi.mock(import("./deliver-email"), async (importOriginal) => {
  const real = await importOriginal();
  return { ...real, deliverEmail: vi.fn(real.deliverEmail) };
});

const person = (email: string) => ({ email, name: "Ерлан Сапаров", locale: "kk" });
const outboxCount = (to: string) => db.outboxEmail.count({ where: { to } });
let quiet: ReturnType<typeof vi.spyOn>;

beforeEach(async () => {
  await deliverQueuedMail(); // every test starts with nothing due but its own mail
  quiet = vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => {
  quiet.mockRestore();
  vi.mocked(deliverEmail).mockReset();
  vi.mocked(deliverEmail).mockImplementation((...args) => vi.importActual<typeof import("./deliver-email")>("./deliver-email").then((m) => m.deliverEmail(...args)));
  clock.set(null);
});

describe("the mail outbox", () => {
  it("keeps a mail with the change that causes it: a rolled-back transaction sends nothing", async () => {
    const email = uniqueEmail("rollback");
    await expect(
      db.$transaction(async (tx) => {
        await sendAuthMail(person(email), { kind: "already-registered" }, tx);
        throw new Error("the change fails after the mail was queued");
      }),
    ).rejects.toThrow("the change fails");
    await deliverQueuedMail();
    expect(await db.mailJob.count({ where: { to: email } })).toBe(0);
    expect(await outboxCount(email)).toBe(0);
  });

  it("renders an auth mail in the worker, in the person's language, and forgets its link once sent", async () => {
    const email = uniqueEmail("render");
    const expiresAt = new Date(clock.nowMs() + 3600_000);
    await sendAuthMail(person(email), { kind: "password-reset", url: "http://127.0.0.1/reset-password/secret-token", expiresAt });
    const job = await db.mailJob.findFirstOrThrow({ where: { to: email } });
    expect(job).toMatchObject({ status: "PENDING", template: "password-reset", attempts: 0 });
    await deliverQueuedMail();
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: email } });
    expect(mail.id).toBe(job.id);
    expect(mail.text).toContain("/reset-password/secret-token");
    expect(mail.subject).not.toMatch(/Сброс/); // Kazakh, not the Russian of the test request
    const sent = await db.mailJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(sent.status).toBe("SENT");
    expect(sent.payload).not.toContain("secret-token");
  });

  it("retries a provider failure with growing delays, gives up after the last attempt, and staff send it again", async () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(20)).toBe(3600_000);
    const email = uniqueEmail("retry");
    clock.set(clock.now()); // the clock stands still between the worker's passes
    await queueMail({ kind: "rendered", email: { to: email, subject: "Тест", template: "test", html: "<p>Тест</p>", text: "Тест" } });
    vi.mocked(deliverEmail).mockRejectedValue(new Error("Resend: 503 Service Unavailable"));
    for (let attempt = 1; attempt <= MAIL_MAX_ATTEMPTS; attempt += 1) {
      await deliverDueMail();
      const job = await db.mailJob.findFirstOrThrow({ where: { to: email } });
      expect(job.attempts).toBe(attempt);
      expect(job.lastError).toBe("Resend: 503 Service Unavailable");
      if (attempt < MAIL_MAX_ATTEMPTS) {
        expect(job.status).toBe("PENDING");
        expect(job.runAt.getTime()).toBe(clock.nowMs() + retryDelayMs(attempt));
        // Not before its time.
        await deliverDueMail();
        expect((await db.mailJob.findFirstOrThrow({ where: { to: email } })).attempts).toBe(attempt);
        clock.set(new Date(job.runAt.getTime()));
      } else {
        expect(job.status).toBe("FAILED");
      }
    }
    expect(await outboxCount(email)).toBe(0);
    const failed = await db.mailJob.findFirstOrThrow({ where: { to: email } });

    // Staff see it, and only staff may send it again.
    const support = await createUser({ staffRole: "SUPPORT" });
    const { counts, jobs } = await listMailJobs(support);
    expect(counts.failed).toBeGreaterThanOrEqual(1);
    expect(jobs.map((j) => j.id)).toContain(failed.id);
    const customer = await createUser();
    await expect(listMailJobs(customer)).rejects.toMatchObject({ code: "FORBIDDEN" });
    actAs(customer);
    expect(await staffRetryMail({ jobId: failed.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(null);
    expect(await staffRetryMail({ jobId: failed.id })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    actAs(support);
    expect(await staffRetryMail({ jobId: "not-a-job" })).toMatchObject({ ok: false });
    vi.mocked(deliverEmail).mockReset();
    vi.mocked(deliverEmail).mockResolvedValue({ providerId: "re_1" });
    expect(await staffRetryMail({ jobId: failed.id })).toMatchObject({ ok: true });
    expect(await staffRetryMail({ jobId: failed.id })).toMatchObject({ ok: false, code: "CONFLICT" });
    await deliverQueuedMail();
    expect(await db.mailJob.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "SENT", attempts: 1 });
    expect(await db.auditLog.count({ where: { action: "mail.retry", objectId: failed.id, actorId: support.id } })).toBe(1);
    actAs(null);
  });

  it("delivers a job once when two workers run at the same time", async () => {
    const emails = [uniqueEmail("twice-a"), uniqueEmail("twice-b"), uniqueEmail("twice-c")];
    for (const to of emails) await queueMail({ kind: "rendered", email: { to, subject: "Тест", template: "test", html: "<p>1</p>", text: "1" } });
    const [a, b] = await Promise.all([deliverDueMail(), deliverDueMail()]);
    expect(a.claimed + b.claimed).toBe(3);
    for (const to of emails) expect(await outboxCount(to)).toBe(1);
  });

  it("redelivers after a worker died mid-way, and the mail arrives once", async () => {
    const email = uniqueEmail("killed");
    const { id } = await queueMail({ kind: "rendered", email: { to: email, subject: "Тест", template: "test", html: "<p>1</p>", text: "1" } });
    // A worker claims the job, hands it to the provider and dies before recording it.
    await db.mailJob.update({ where: { id }, data: { runAt: new Date(clock.nowMs() + MAIL_LEASE_MS), attempts: 1 } });
    await deliverEmail({ to: email, subject: "Тест", template: "test", html: "<p>1</p>", text: "1" }, id);
    // While its lease lasts, nobody else takes it.
    await deliverQueuedMail();
    expect((await db.mailJob.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
    // Then another worker does, and the delivery is the same one (the job's id is the key).
    clock.set(new Date(clock.nowMs() + MAIL_LEASE_MS + 1));
    await deliverQueuedMail();
    expect(await db.mailJob.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", attempts: 2 });
    expect(await outboxCount(email)).toBe(1);
  });
});
