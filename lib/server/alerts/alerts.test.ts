import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { clock } from "@/lib/clock";
import { addMember, createAccount, createUser } from "@/test/factories";
import { deliverQueuedMail } from "@/test/mail";
import { getBalance } from "@/lib/server/finance/get-balance";
import { getNoticeDigest } from "@/lib/server/notices/get-notice-digest";
import { listNotices } from "@/lib/server/notices/list-notices";
import type { TCaller } from "@/lib/auth/cabinet";
import { onChargeWritten } from "./on-charge";
import { alertDocumentIssued } from "./alert-document-issued";
import { alertServiceSuspended } from "./alert-service-suspended";
import { enqueueBillingRun } from "@/lib/server/billing/enqueue-billing-run";
import { billedAccount, drainBillingRuns } from "@/lib/server/billing/test-fixtures";

// A charge as the ledger's writers make it (bill-account.ts, apply-service-change.ts): the
// CHARGE row and the alert hook in one transaction.
async function charge(accountId: string, tenge: number) {
  await db.$transaction(async (tx) => {
    await tx.ledgerEntry.create({
      data: { accountId, kind: "CHARGE", amount: -tenge * 100, descriptionRu: "Списание", descriptionKk: "Есептен шығару", descriptionEn: "Charge", occurredAt: clock.now() },
    });
    await onChargeWritten(tx, accountId, tenge * 100);
  });
}

async function pay(accountId: string, tenge: number) {
  await db.ledgerEntry.create({
    data: { accountId, kind: "PAYMENT", amount: tenge * 100, descriptionRu: "Оплата", descriptionKk: "Төлем", descriptionEn: "Payment", occurredAt: clock.now() },
  });
}

// The earlier files' billing runs leave their alert mails queued (one per account and
// month, well over a thousand in a full run); rendering them here, through the delivery
// this file calls, would cost this file their time. They are set aside as sent.
beforeAll(async () => {
  await db.mailJob.updateMany({ where: { status: "PENDING" }, data: { status: "SENT", sentAt: clock.now() } });
});

const lowBalanceMail = (to: string) => db.mailJob.count({ where: { to, template: "alert-low-balance" } });
const lowBalanceNotices = (accountId: string, userId: string) =>
  db.notice.count({ where: { audience: "USER", accountId, userId, kind: "ALERT", titleRu: { startsWith: "Баланс ниже" } } });

function callerOf(userId: string, accountId: string, role: "OWNER" | "MEMBER" = "OWNER"): TCaller {
  return { userId, actorId: userId, accountId, role, permissions: [], impersonationId: null };
}

describe("the low-balance alert", () => {
  it("a charge that crosses the threshold queues one mail and one notice; further charges and page views add nothing; a top-up re-arms it", async () => {
    const { account, owner } = await createAccount({ billingMethod: "PREPAID" });
    await pay(account.id, 10_000); // threshold by default: 5 000 ₸
    await charge(account.id, 3_000); // 7 000 ₸: above
    expect(await lowBalanceMail(owner.email)).toBe(0);

    await charge(account.id, 2_500); // 4 500 ₸: crossed
    expect(await lowBalanceMail(owner.email)).toBe(1);
    expect(await lowBalanceNotices(account.id, owner.id)).toBe(1);

    // Further charges below it, and the balance read by pages, change nothing.
    await charge(account.id, 1_000);
    await charge(account.id, 4_000); // −500 ₸
    const caller = callerOf(owner.id, account.id);
    for (let i = 0; i < 5; i++) {
      expect(await getBalance(caller)).toBe(-500_00);
      await listNotices(caller, { page: 1, unread: false } as never);
    }
    expect(await lowBalanceMail(owner.email)).toBe(1);
    expect(await lowBalanceNotices(account.id, owner.id)).toBe(1);

    // The personal notice is the owner's own, in their notices.
    expect((await getNoticeDigest(caller)).latest.some((n) => n.title.ru.startsWith("Баланс ниже"))).toBe(true);

    // Topped up above the threshold, then crossed again: alerted again, once.
    await pay(account.id, 20_000); // 19 500 ₸
    await charge(account.id, 1_000); // 18 500 ₸: above, nothing
    expect(await lowBalanceMail(owner.email)).toBe(1);
    await charge(account.id, 15_000); // 3 500 ₸: crossed again
    await charge(account.id, 100);
    expect(await lowBalanceMail(owner.email)).toBe(2);
    expect(await lowBalanceNotices(account.id, owner.id)).toBe(2);

    // The mail is rendered by the worker in the owner's language with the unsubscribe link.
    await deliverQueuedMail();
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: owner.email, template: "alert-low-balance" }, orderBy: { createdAt: "desc" } });
    expect(mail.subject).toContain("Баланс ниже 5");
    expect(mail.text).toMatch(/\/unsubscribe\/[\w-]+\.[\w-]+/);
  });

  it("nothing for a person who turned it off, a member without the finance grant, or a postpaid account; a member's own threshold", async () => {
    const { account, owner } = await createAccount({ billingMethod: "PREPAID" });
    const accountant = await addMember(account.id, ["finance.read", "notices.read"]);
    const engineer = await addMember(account.id, ["services.manage", "notices.read"]);
    const now = clock.now();
    await db.alertPreference.create({ data: { userId: owner.id, accountId: account.id, kind: "LOW_BALANCE", isEmailOn: false, isNoticeOn: false, thresholdTiyn: 5_000_00, updatedAt: now } });
    await db.alertPreference.create({ data: { userId: accountant.id, accountId: account.id, kind: "LOW_BALANCE", isEmailOn: true, isNoticeOn: false, thresholdTiyn: 1_000_00, updatedAt: now } });
    await pay(account.id, 6_000);
    await charge(account.id, 2_000); // 4 000 ₸: below the owner's 5 000, above the accountant's 1 000
    await charge(account.id, 3_500); // 500 ₸: below the accountant's
    expect(await lowBalanceMail(owner.email)).toBe(0);
    expect(await lowBalanceNotices(account.id, owner.id)).toBe(0);
    expect(await lowBalanceMail(engineer.email)).toBe(0);
    expect(await lowBalanceMail(accountant.email)).toBe(1);
    expect(await lowBalanceNotices(account.id, accountant.id)).toBe(0); // mail only, as chosen

    const postpaid = await createAccount({ billingMethod: "POSTPAID" });
    await charge(postpaid.account.id, 100_000);
    expect(await lowBalanceMail(postpaid.owner.email)).toBe(0);
  });
});

describe("the other alerts", () => {
  it("a document issued: the members with the documents grant, not the one who asked for it", async () => {
    const { account, owner } = await createAccount();
    const accountant = await addMember(account.id, ["documents.read", "finance.read"]);
    const engineer = await addMember(account.id, ["services.manage"]);
    const outcome = await db.$transaction((tx) => alertDocumentIssued(tx, account.id, ["СЧ-2026-000001"], { exceptUserId: accountant.id }));
    expect(outcome.mailed).toEqual([owner.email]);
    expect(outcome.noticed).toEqual([owner.id]);
    expect(await db.mailJob.count({ where: { to: { in: [accountant.email, engineer.email] } } })).toBe(0);
  });

  it("services suspended: the members who keep it on, by mail; not the owners (their mail is contractual)", async () => {
    const { account, owner } = await createAccount();
    const member = await addMember(account.id, ["services.read"]);
    const quiet = await addMember(account.id, ["services.read"]);
    await db.alertPreference.create({ data: { userId: quiet.id, accountId: account.id, kind: "SERVICE_SUSPENDED", isEmailOn: false, isNoticeOn: false, updatedAt: clock.now() } });
    const outcome = await db.$transaction((tx) => alertServiceSuspended(tx, { id: account.id, number: account.number }, "Задолженность"));
    expect(outcome.mailed).toEqual([member.email]);
    expect(outcome.noticed).toEqual([]);
    expect(await db.mailJob.count({ where: { to: { in: [owner.email, quiet.email] }, template: "alert-service-suspended" } })).toBe(0);
  });

  it("an alert raised in a transaction that rolls back leaves neither mail nor notice", async () => {
    const { account, owner } = await createAccount();
    await expect(
      db.$transaction(async (tx) => {
        await alertDocumentIssued(tx, account.id, ["СЧ-2026-000002"]);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.mailJob.count({ where: { to: owner.email } })).toBe(0);
    expect(await db.notice.count({ where: { userId: owner.id } })).toBe(0);
  });
});

describe("the monthly billing run's hook", () => {
  it("alerts the documents it issued and the balance it took below the threshold, each once", async () => {
    await drainBillingRuns();
    const admin = await createUser({ staffRole: "ADMIN" });
    const account = await billedAccount("2019-04", false); // prepaid, balance 0: any charge crosses 5 000 ₸ downwards
    const owner = await db.membership.findFirstOrThrow({ where: { accountId: account.id, role: "OWNER" }, include: { user: true } });
    await enqueueBillingRun(admin, "2019-04", { now: new Date("2019-05-02T12:00:00+05:00") });
    await drainBillingRuns();
    expect(await db.document.count({ where: { accountId: account.id } })).toBe(2);
    expect(await db.mailJob.count({ where: { to: owner.user.email, template: "alert-document-issued" } })).toBe(1);
    expect(await lowBalanceMail(owner.user.email)).toBe(1);
    const notice = await db.notice.findFirstOrThrow({ where: { userId: owner.userId, accountId: account.id, titleRu: { startsWith: "Новые документы" } } });
    expect(notice.bodyRu).toContain(account.number);
  });
});
