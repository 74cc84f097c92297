import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/auth";
import { addMember, createAccount, createUser } from "@/test/factories";
import type { TCaller } from "@/lib/auth/cabinet";
import type { TPermission } from "@/lib/auth/permissions";
import { createRequest } from "@/lib/actions/create-request";
import { replyRequest } from "@/lib/actions/reply-request";
import { closeRequest } from "@/lib/actions/close-request";
import { takeRequest } from "@/lib/actions/take-request";
import { answerRequest } from "@/lib/actions/answer-request";
import { setRequestStatus } from "@/lib/actions/set-request-status";
import { rescanAttachments } from "@/lib/actions/rescan-attachments";
import { decideServiceChange } from "@/lib/actions/decide-service-change";
import { listRequests } from "./list-requests";
import { getRequest } from "./get-request";
import { listStaffRequests } from "./list-staff-requests";
import { getStaffRequest } from "./get-staff-request";
import { countPendingScans } from "./count-pending-scans";
import { getAttachmentFile } from "@/lib/server/attachments/get-attachment-file";
import { getStaffAttachmentFile } from "@/lib/server/attachments/get-staff-attachment-file";

function callerOf(user: { id: string }, accountId: string, role: "OWNER" | "MEMBER", permissions: TPermission[] = []): TCaller {
  return { userId: user.id, actorId: user.id, accountId, role, permissions, impersonationId: null };
}

// An account with one request and one attachment row (no file needed to test the scope).
async function accountWithRequest() {
  const { account, owner } = await createAccount();
  const request = await db.supportRequest.create({
    data: {
      number: `REQ-T-${account.id.toUpperCase()}`, // numbers are upper case, as the app writes them
      accountId: account.id,
      topic: "QUESTION",
      subject: "Вопрос",
      createdById: owner.id,
      messages: { create: { authorId: owner.id, body: "?" } },
    },
  });
  const attachment = await db.attachment.create({
    data: {
      accountId: account.id,
      requestId: request.id,
      fileName: "a.pdf",
      mimeType: "application/pdf",
      size: 1,
      sha256: "0",
      storageKey: `attachments/test/${request.id}`,
      scanStatus: "CLEAN",
      uploadedById: owner.id,
    },
  });
  return { account, owner, request, attachment };
}

const input = (accountId: string, requestId = "x") => ({
  create: { accountId, topic: "QUESTION" as const, subject: "Тема вопроса", body: "Текст", files: [] },
  reply: { accountId, requestId, body: "Текст", files: [] },
  close: { accountId, requestId },
});

describe("requests refuse whoever lacks the right", () => {
  it("refuses a member without requests.manage in every customer action and data function", async () => {
    const { account, request, attachment } = await accountWithRequest();
    const member = await addMember(account.id, ["finance.read", "services.manage"]);
    actAs(member);
    const i = input(account.id, request.id);
    expect(await createRequest(i.create)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await replyRequest(i.reply)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await closeRequest(i.close)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const caller = callerOf(member, account.id, "MEMBER", ["finance.read", "services.manage"]);
    await expect(listRequests(caller)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getRequest(caller, request.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getAttachmentFile(caller, attachment.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("answers a user of another account as if the request did not exist", async () => {
    const victim = await accountWithRequest();
    const { account: own, owner: stranger } = await createAccount();
    actAs(stranger);
    // Naming the other account: not a member.
    expect(await createRequest(input(victim.account.id).create)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // Own account, someone else's request id.
    const i = input(own.id, victim.request.id);
    expect(await replyRequest(i.reply)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await closeRequest(i.close)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const caller = callerOf(stranger, own.id, "OWNER");
    expect(await getRequest(caller, victim.request.id)).toBeNull();
    expect(await getAttachmentFile(caller, victim.attachment.id)).toBeNull();
    expect((await listRequests(caller)).rows.map((r) => r.id)).not.toContain(victim.request.id);
    expect((await db.supportRequest.findUniqueOrThrow({ where: { id: victim.request.id } })).status).toBe("NEW");
  });

  it("keeps the staff side to support and admin", async () => {
    const { owner, request, attachment } = await accountWithRequest();
    for (const user of [owner, await createUser()]) {
      actAs(user);
      expect(await takeRequest({ requestId: request.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await answerRequest({ requestId: request.id, body: "x", files: [], status: "KEEP" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await setRequestStatus({ requestId: request.id, status: "CLOSED" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await rescanAttachments({})).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await decideServiceChange({ changeId: "x", decision: "APPROVE", comment: "" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      const viewer = { actorId: user.id, staffRole: null };
      await expect(listStaffRequests(viewer, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getStaffRequest(viewer, request.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(countPendingScans(viewer)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getStaffAttachmentFile(viewer, attachment.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const support = await createUser({ staffRole: "SUPPORT" });
    const viewer = { actorId: support.id, staffRole: "SUPPORT" };
    expect((await getStaffRequest(viewer, request.id))?.id).toBe(request.id);
    expect((await listStaffRequests(viewer, { q: request.number })).rows.map((r) => r.id)).toEqual([request.id]);
  });

  it("refuses staff mutations while they impersonate a customer", async () => {
    const { account, owner, request } = await accountWithRequest();
    const support = await createUser({ staffRole: "SUPPORT" });
    actAs(owner, { actor: support, impersonation: { id: "imp-requests", accountId: account.id } });
    expect(await replyRequest(input(account.id, request.id).reply)).toMatchObject({ ok: false, code: "READ_ONLY" });
    expect(await takeRequest({ requestId: request.id })).toMatchObject({ ok: false, code: "READ_ONLY" });
  });
});
