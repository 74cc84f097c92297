import { deliverQueuedMail } from "@/test/mail";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/auth";
import { addMember, createAccount, createUser } from "@/test/factories";
import { useTestClamd } from "@/test/fixtures/clamav/test-clamd";
import { asFile, samplePdf } from "@/lib/server/attachments/test-samples";
import { createRequest } from "@/lib/actions/create-request";
import { replyRequest } from "@/lib/actions/reply-request";
import { closeRequest } from "@/lib/actions/close-request";
import { takeRequest } from "@/lib/actions/take-request";
import { answerRequest } from "@/lib/actions/answer-request";
import { setRequestStatus } from "@/lib/actions/set-request-status";
import { claimDueAt } from "./request-rules";
import { supportEmail } from "./mail-staff-message";
import { clock } from "@/lib/clock";

useTestClamd();

async function must<T>(promise: Promise<{ ok: true; data: T } | { ok: false; error: string }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(`action failed: ${JSON.stringify(result)}`);
  return result.data;
}

describe("a request's life", () => {
  it("a claim is filed, taken, answered, replied to and closed; each message tells the other side", async () => {
    const { account, owner } = await createAccount();
    const member = await addMember(account.id, ["requests.manage"]);
    const outsider = await addMember(account.id, ["finance.read"]);
    const support = await createUser({ staffRole: "SUPPORT" });

    actAs(member);
    const since = clock.now();
    const filed = await must(
      createRequest({ accountId: account.id, topic: "CLAIM", subject: "Нет интернета", body: "С утра нет связи", files: [asFile(samplePdf(), "акт.pdf")] }),
    );
    expect(filed.number).toMatch(/^REQ-\d{4}-\d{6}$/);
    const request = await db.supportRequest.findUniqueOrThrow({ where: { id: filed.id }, include: { messages: true, attachments: true } });
    expect(request).toMatchObject({ topic: "CLAIM", status: "NEW", createdById: member.id });
    expect(request.dueAt?.toISOString()).toBe(claimDueAt(request.createdAt).toISOString());
    expect(request.messages).toHaveLength(1);
    expect(request.attachments[0]).toMatchObject({ messageId: request.messages[0].id, scanStatus: "CLEAN" });
    await deliverQueuedMail();
    const staffMail = await db.outboxEmail.findFirstOrThrow({ where: { to: supportEmail(), createdAt: { gte: since }, subject: { contains: filed.number } } });
    expect(staffMail.text).toContain("С утра нет связи");
    expect(await db.auditLog.count({ where: { action: "request.create", objectId: filed.id } })).toBe(1);

    // Numbers are gapless: the next one follows.
    const second = await must(createRequest({ accountId: account.id, topic: "QUESTION", subject: "Вопрос", body: "?", files: [] }));
    expect(Number(second.number.slice(-6))).toBe(Number(filed.number.slice(-6)) + 1);
    expect((await db.supportRequest.findUniqueOrThrow({ where: { id: second.id } })).dueAt).toBeNull();

    actAs(support);
    expect(await must(takeRequest({ requestId: filed.id }))).toEqual({ status: "IN_PROGRESS" });
    const answered = await must(answerRequest({ requestId: filed.id, body: "Авария устранена, проверьте связь", files: [], status: "WAITING_CUSTOMER" }));
    expect(answered.status).toBe("WAITING_CUSTOMER");
    // Mail to the creator and the owner, not to a member who did not file it.
    expect(answered.mailedTo.sort()).toEqual([member.email, owner.email].sort());
    expect(answered.mailedTo).not.toContain(outsider.email);
    await deliverQueuedMail();
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: member.email, template: "request-answer" } });
    expect(mail.text).toContain("Авария устранена");
    const notice = await db.notice.findFirstOrThrow({ where: { accountId: account.id, kind: "REQUEST" }, orderBy: { createdAt: "desc" } });
    expect(notice).toMatchObject({ audience: "ACCOUNT", titleRu: `Ответ по заявлению ${filed.number}` });
    expect(notice.titleKk).toContain(filed.number);
    expect(notice.titleEn).toBe(`Answer to request ${filed.number}`);

    actAs(member);
    await must(replyRequest({ accountId: account.id, requestId: filed.id, body: "Связь есть, спасибо", files: [] }));
    expect((await db.supportRequest.findUniqueOrThrow({ where: { id: filed.id } })).status).toBe("IN_PROGRESS");
    // The assignee hears of the reply.
    await deliverQueuedMail();
    expect(await db.outboxEmail.count({ where: { to: support.email, template: "request-staff" } })).toBe(1);

    actAs(support);
    await must(setRequestStatus({ requestId: filed.id, status: "RESOLVED" }));
    expect(await db.notice.count({ where: { accountId: account.id, kind: "REQUEST" } })).toBe(2);

    actAs(member);
    await must(closeRequest({ accountId: account.id, requestId: filed.id }));
    const refused = await replyRequest({ accountId: account.id, requestId: filed.id, body: "ещё", files: [] });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { body: expect.stringContaining("закрыто") } });
    actAs(support);
    expect(await answerRequest({ requestId: filed.id, body: "x", files: [], status: "KEEP" })).toMatchObject({ ok: false });
    expect(await setRequestStatus({ requestId: filed.id, status: "IN_PROGRESS" })).toMatchObject({ ok: false });
  });
});
