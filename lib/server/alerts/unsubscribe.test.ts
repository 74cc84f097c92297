import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addMember, createAccount } from "@/test/factories";
import { createUnsubscribeToken, readUnsubscribeToken } from "./unsubscribe-token";
import { inspectUnsubscribe, unsubscribeAlert } from "./unsubscribe-alert";
import { listAlertRecipients } from "./list-alert-recipients";
import { renderAlertMail } from "./render-alert-mail";

describe("one-click unsubscribe", () => {
  it("turns off exactly that kind's mail for exactly that person in that account", async () => {
    const { account, owner } = await createAccount({ billingMethod: "PREPAID" });
    const accountant = await addMember(account.id, ["finance.read", "documents.read", "notices.read"]);
    const token = createUnsubscribeToken({ userId: accountant.id, accountId: account.id, kind: "DOCUMENT_ISSUED" });
    expect(readUnsubscribeToken(token)).toEqual({ userId: accountant.id, accountId: account.id, kind: "DOCUMENT_ISSUED" });

    // Looking at the page changes nothing.
    expect(await inspectUnsubscribe(token)).toMatchObject({ kind: "DOCUMENT_ISSUED", email: accountant.email, isEmailOn: true });
    expect(await db.alertPreference.count({ where: { userId: accountant.id } })).toBe(0);

    expect(await unsubscribeAlert(token)).toMatchObject({ isEmailOn: false });
    expect(await unsubscribeAlert(token)).toMatchObject({ isEmailOn: false }); // a second click: the same
    const documents = await listAlertRecipients(db, account.id, "DOCUMENT_ISSUED");
    expect(documents.find((r) => r.userId === accountant.id)?.choice).toMatchObject({ isEmailOn: false, isNoticeOn: true });
    expect(documents.find((r) => r.userId === owner.id)?.choice.isEmailOn).toBe(true);
    const lowBalance = await listAlertRecipients(db, account.id, "LOW_BALANCE");
    expect(lowBalance.find((r) => r.userId === accountant.id)?.choice.isEmailOn).toBe(true);
    expect(await db.auditLog.count({ where: { action: "alerts.unsubscribe", objectId: accountant.id } })).toBe(1);
  });

  it("refuses a forged token, a token altered to name another person, and a person no longer a member", async () => {
    const { account, owner } = await createAccount();
    const other = await addMember(account.id, ["documents.read"]);
    const token = createUnsubscribeToken({ userId: other.id, accountId: account.id, kind: "DOCUMENT_ISSUED" });
    const [, signature] = token.split(".");
    const forgedPayload = Buffer.from(`v1:${owner.id}:${account.id}:DOCUMENT_ISSUED`).toString("base64url");
    for (const bad of [`${forgedPayload}.${signature}`, `${token}x`, "not-a-token", `${forgedPayload}.`, ""]) {
      expect(readUnsubscribeToken(bad)).toBeNull();
      expect(await unsubscribeAlert(bad)).toBeNull();
    }
    expect(await db.alertPreference.count({ where: { accountId: account.id } })).toBe(0);

    await db.membership.delete({ where: { userId_accountId: { userId: other.id, accountId: account.id } } });
    expect(await unsubscribeAlert(token)).toBeNull();
  });

  it("an alert mail carries the link in its text and the RFC 8058 headers", async () => {
    const { account, owner } = await createAccount();
    const mail = await renderAlertMail({
      to: owner.email,
      name: owner.name,
      locale: "kk",
      userId: owner.id,
      accountId: account.id,
      accountNumber: account.number,
      message: { kind: "DOCUMENT_ISSUED", key: "DOCUMENT_ISSUED", text: { account: account.number, numbers: "СЧ-1" }, path: "/documents" },
    });
    expect(mail.subject).toBe("Жаңа құжаттар: СЧ-1");
    const link = mail.text.match(/https?:\/\/\S+\/unsubscribe\/([\w-]+\.[\w-]+)/);
    expect(link).not.toBeNull();
    expect(readUnsubscribeToken(link![1])).toEqual({ userId: owner.id, accountId: account.id, kind: "DOCUMENT_ISSUED" });
    expect(mail.headers?.["List-Unsubscribe"]).toMatch(/^<https?:\/\/\S+\/api\/unsubscribe\/[\w-]+\.[\w-]+>$/);
    expect(mail.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  });
});
