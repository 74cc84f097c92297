import { deliverQueuedMail } from "@/test/mail";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/auth";
import { addMember, createAccount, createUser } from "@/test/factories";
import type { TCaller } from "@/lib/auth/cabinet";
import { connectService } from "@/lib/actions/connect-service";
import { changeSubscription } from "@/lib/actions/change-subscription";
import { disconnectSubscription } from "@/lib/actions/disconnect-subscription";
import { decideServiceChange } from "@/lib/actions/decide-service-change";
import { getNextCharges } from "./get-next-charges";
import { getServiceChangeOptions } from "./get-service-change-options";
import { ledgerBalance as accountBalance } from "@/lib/server/finance/get-balance";
import { nextPeriod, proratedNet, restOfMonth } from "./pricing";
import { createCatalogue, pay } from "./test-catalogue";

// 24 November 2026, 10:00 in Almaty: 7 of November's 30 days are left, VAT is 16 %.
const NOW = new Date("2026-11-24T05:00:00Z");

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

const ownerCaller = (user: { id: string }, accountId: string): TCaller => ({
  userId: user.id,
  actorId: user.id,
  accountId,
  role: "OWNER",
  permissions: [],
  impersonationId: null,
});

async function must<T>(promise: Promise<{ ok: true; data: T } | { ok: false }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(`action failed: ${JSON.stringify(result)}`);
  return result.data;
}

describe("pricing", () => {
  it("prorates by the days left in the Almaty month, today included", () => {
    expect(restOfMonth(NOW)).toMatchObject({ daysLeft: 7, daysInMonth: 30, period: "2026-11" });
    expect(restOfMonth(new Date("2026-11-30T19:30:00Z"))).toMatchObject({ daysLeft: 31, daysInMonth: 31, period: "2026-12" }); // 1 Dec 00:30 Almaty
    expect(proratedNet(990_000, NOW)).toBe(231_000);
    expect(nextPeriod(NOW)).toEqual({ period: "2026-12", startsAt: new Date("2026-11-30T19:00:00Z") });
  });
});

describe("service changes", () => {
  it("a prepaid account cannot connect more than balance plus credit allow, and is told the figures", async () => {
    const catalogue = await createCatalogue();
    const { account, owner } = await createAccount({ billingMethod: "PREPAID", creditLimit: 0 });
    actAs(owner);
    const attempt = () => connectService({ accountId: account.id, tariffId: catalogue.small.id, quantity: 1 });
    const refused = await attempt();
    expect(refused).toMatchObject({ ok: false, code: "VALIDATION" });
    // 9 900 ₸ + 16 % VAT = 11 484 ₸ for the first month.
    const text = !refused.ok ? refused.fieldErrors!.tariffId : "";
    expect(text.replace(/\s/g, " ")).toMatch(/11 484,00 ₸.*0,00 ₸.*Пополните счёт на 11 484,00 ₸/);
    expect(await db.subscription.count({ where: { accountId: account.id } })).toBe(0);

    await pay(account.id, 1_000_000); // 10 000 ₸: still 1 484 ₸ short
    const stillShort = await attempt();
    expect(!stillShort.ok && stillShort.fieldErrors!.tariffId.replace(/\s/g, " ")).toContain("Пополните счёт на 1 484,00 ₸");

    await db.account.update({ where: { id: account.id }, data: { creditLimit: 148_400 } }); // the credit closes the gap
    const applied = await must(attempt());
    expect(applied).toMatchObject({ outcome: "APPLIED", chargedTiyn: 267_960 }); // 7/30 of 9 900 ₸ = 2 310 ₸ + 369,60 ₸ VAT
    expect(await accountBalance(account.id)).toBe(1_000_000 - 267_960);
  });

  it("connects a self-service tariff at once: subscription, APPLIED change, prorated charge, audit, next charges", async () => {
    const catalogue = await createCatalogue();
    const { account, owner } = await createAccount({ billingMethod: "POSTPAID" });
    actAs(owner);
    const result = await must(connectService({ accountId: account.id, tariffId: catalogue.small.id, quantity: 2 }));
    expect(result.outcome).toBe("APPLIED");
    const subscription = await db.subscription.findFirstOrThrow({ where: { accountId: account.id } });
    expect(subscription).toMatchObject({ tariffId: catalogue.small.id, quantity: 2, status: "ACTIVE" });
    expect(await db.serviceChange.findFirstOrThrow({ where: { accountId: account.id } })).toMatchObject({ action: "CONNECT", status: "APPLIED" });
    const charge = await db.ledgerEntry.findFirstOrThrow({ where: { accountId: account.id } });
    expect(charge).toMatchObject({ kind: "CHARGE", amount: -535_920, period: "2026-11", subscriptionId: subscription.id });
    expect(charge.descriptionRu).toContain("7 из 30");
    expect(await db.auditLog.count({ where: { accountId: account.id, action: "service.connect" } })).toBe(1);

    const next = await getNextCharges(ownerCaller(owner, account.id));
    expect(next.period).toBe("2026-12");
    expect(next.lines).toEqual([expect.objectContaining({ subscriptionId: subscription.id, quantity: 2, net: 1_980_000 })]);
    expect(next.totals).toEqual({ net: 1_980_000, vat: 316_800, gross: 2_296_800 });
    expect(next.changeCharges.map((c) => c.amount)).toEqual([-535_920]);
  });

  it("changes quantity and tariff: an increase is charged pro rata, a decrease is not; every change starts a new subscription", async () => {
    const catalogue = await createCatalogue();
    const { account, owner } = await createAccount({ billingMethod: "POSTPAID" });
    actAs(owner);
    await must(connectService({ accountId: account.id, tariffId: catalogue.small.id, quantity: 1 }));
    const first = await db.subscription.findFirstOrThrow({ where: { accountId: account.id } });

    // The month's invoice counts each set of terms for its own days, so a change ends the
    // subscription today and starts the new terms today.
    const up = await must(changeSubscription({ accountId: account.id, subscriptionId: first.id, tariffId: catalogue.small.id, quantity: 3 }));
    expect(up).toMatchObject({ outcome: "APPLIED", chargedTiyn: 535_920 }); // two more VMs
    const three = up.outcome === "APPLIED" ? up.subscriptionId : "";
    expect(three).not.toBe(first.id);
    expect(await db.subscription.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: "DISCONNECTED", endedAt: NOW, quantity: 1 });
    expect(await db.subscription.findUniqueOrThrow({ where: { id: three } })).toMatchObject({ status: "ACTIVE", startedAt: NOW, quantity: 3 });
    const down = await must(changeSubscription({ accountId: account.id, subscriptionId: three, tariffId: catalogue.small.id, quantity: 1 }));
    expect(down).toMatchObject({ outcome: "APPLIED", chargedTiyn: 0 });
    const one = down.outcome === "APPLIED" ? down.subscriptionId : "";
    expect((await db.subscription.findUniqueOrThrow({ where: { id: one } })).quantity).toBe(1);

    const same = await changeSubscription({ accountId: account.id, subscriptionId: one, tariffId: catalogue.small.id, quantity: 1 });
    expect(same).toMatchObject({ ok: false, fieldErrors: { quantity: expect.stringContaining("не изменились") } });
    const other = await changeSubscription({ accountId: account.id, subscriptionId: one, tariffId: catalogue.protection.id, quantity: 1 });
    expect(other).toMatchObject({ ok: false, fieldErrors: { tariffId: expect.any(String) } });
    const ended = await changeSubscription({ accountId: account.id, subscriptionId: first.id, tariffId: catalogue.small.id, quantity: 2 });
    expect(ended).toMatchObject({ ok: false, fieldErrors: { subscriptionId: expect.any(String) } });

    const moved = await must(changeSubscription({ accountId: account.id, subscriptionId: one, tariffId: catalogue.medium.id, quantity: 1 }));
    expect(moved.outcome === "APPLIED" && moved.subscriptionId).not.toBe(one);
    expect(await db.subscription.findUniqueOrThrow({ where: { id: one } })).toMatchObject({ status: "DISCONNECTED", endedAt: NOW });
    // 29 900 − 9 900 = 20 000 ₸ a month more: 7/30 = 4 666,67 ₸ + VAT.
    expect(moved).toMatchObject({ chargedTiyn: 466_667 + 74_667 });
  });

  it("disconnects: the subscription ends now and drops out of the next charges", async () => {
    const catalogue = await createCatalogue();
    const { account, owner } = await createAccount({ billingMethod: "POSTPAID" });
    actAs(owner);
    await must(connectService({ accountId: account.id, tariffId: catalogue.small.id, quantity: 1 }));
    const subscription = await db.subscription.findFirstOrThrow({ where: { accountId: account.id } });
    expect(await must(disconnectSubscription({ accountId: account.id, subscriptionId: subscription.id }))).toMatchObject({ outcome: "APPLIED" });
    expect(await db.subscription.findUniqueOrThrow({ where: { id: subscription.id } })).toMatchObject({ status: "DISCONNECTED", endedAt: NOW });
    expect((await getNextCharges(ownerCaller(owner, account.id))).lines).toEqual([]);
    const again = await disconnectSubscription({ accountId: account.id, subscriptionId: subscription.id });
    expect(again).toMatchObject({ ok: false, fieldErrors: { subscriptionId: expect.any(String) } });
  });

  it("a service that is not self-service becomes a request; staff approval applies it", async () => {
    const catalogue = await createCatalogue();
    const { account, owner } = await createAccount({ billingMethod: "POSTPAID" });
    actAs(owner);
    const requested = await must(connectService({ accountId: account.id, tariffId: catalogue.protection.id, quantity: 1 }));
    expect(requested.outcome).toBe("REQUESTED");
    if (requested.outcome !== "REQUESTED") return;
    expect(await db.subscription.count({ where: { accountId: account.id } })).toBe(0);
    const request = await db.supportRequest.findUniqueOrThrow({ where: { id: requested.requestId }, include: { messages: true } });
    expect(request).toMatchObject({ topic: "SERVICE_CHANGE", status: "NEW", number: requested.requestNumber });
    expect(request.messages[0].body).toContain("подключает сотрудник");
    expect(await db.serviceChange.findUniqueOrThrow({ where: { id: requested.changeId } })).toMatchObject({ status: "PENDING", requestId: request.id });

    const support = await createUser({ staffRole: "SUPPORT" });
    actAs(support);
    expect(await must(decideServiceChange({ changeId: requested.changeId, decision: "APPROVE", comment: "" }))).toEqual({ status: "APPROVED" });
    const subscription = await db.subscription.findFirstOrThrow({ where: { accountId: account.id } });
    expect(subscription).toMatchObject({ tariffId: catalogue.protection.id, status: "ACTIVE" });
    expect(await db.serviceChange.findUniqueOrThrow({ where: { id: requested.changeId } })).toMatchObject({
      status: "APPROVED",
      decidedById: support.id,
      subscriptionId: subscription.id,
    });
    expect((await db.supportRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("RESOLVED");
    expect(await db.ledgerEntry.count({ where: { accountId: account.id, kind: "CHARGE" } })).toBe(1);
    await deliverQueuedMail();
    expect(await db.outboxEmail.count({ where: { to: owner.email, template: "request-answer" } })).toBe(1);
    expect(await decideServiceChange({ changeId: requested.changeId, decision: "REJECT", comment: "x" })).toMatchObject({ ok: false });

    // The subscription of a non-self-service service: changes go through staff as well,
    // and only one at a time.
    actAs(owner);
    const more = await must(changeSubscription({ accountId: account.id, subscriptionId: subscription.id, tariffId: catalogue.protection.id, quantity: 2 }));
    expect(more.outcome).toBe("REQUESTED");
    const twice = await disconnectSubscription({ accountId: account.id, subscriptionId: subscription.id });
    expect(twice).toMatchObject({ ok: false, fieldErrors: { subscriptionId: expect.stringContaining("ждёт решения") } });
  });

  it("a prepaid-only tariff for a postpaid account becomes a request; a rejection needs a reason", async () => {
    const catalogue = await createCatalogue();
    const { account, owner } = await createAccount({ billingMethod: "POSTPAID" });
    actAs(owner);
    const requested = await must(connectService({ accountId: account.id, tariffId: catalogue.prepaidOnly.id, quantity: 1 }));
    expect(requested.outcome).toBe("REQUESTED");
    actAs(await createUser({ staffRole: "ADMIN" }));
    const noReason = await decideServiceChange({ changeId: requested.changeId, decision: "REJECT", comment: "" });
    expect(noReason).toMatchObject({ ok: false, fieldErrors: { comment: "requests.changes.validation.reason" } });
    await must(decideServiceChange({ changeId: requested.changeId, decision: "REJECT", comment: "Сначала переведите счёт на предоплату" }));
    expect(await db.serviceChange.findUniqueOrThrow({ where: { id: requested.changeId } })).toMatchObject({ status: "REJECTED" });
    expect(await db.subscription.count({ where: { accountId: account.id } })).toBe(0);
    const last = await db.requestMessage.findFirstOrThrow({ where: { request: { accountId: account.id } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    expect(last).toMatchObject({ isStaff: true, body: expect.stringContaining("переведите счёт на предоплату") });
  });

  it("is refused while the account's services are suspended", async () => {
    const catalogue = await createCatalogue();
    const { account, owner } = await createAccount({ billingMethod: "POSTPAID", status: "SUSPENDED" });
    actAs(owner);
    expect(await connectService({ accountId: account.id, tariffId: catalogue.small.id, quantity: 1 })).toMatchObject({ ok: false, code: "ACCOUNT_INACTIVE" });
  });
});

describe("service changes refuse whoever lacks the right", () => {
  it("refuses a member without services.manage, and a user of another account", async () => {
    const catalogue = await createCatalogue();
    const { account, owner } = await createAccount({ billingMethod: "POSTPAID" });
    actAs(owner);
    await must(connectService({ accountId: account.id, tariffId: catalogue.small.id, quantity: 1 }));
    const subscription = await db.subscription.findFirstOrThrow({ where: { accountId: account.id } });

    const reader = await addMember(account.id, ["services.read", "requests.manage"]);
    actAs(reader);
    expect(await connectService({ accountId: account.id, tariffId: catalogue.small.id, quantity: 1 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await changeSubscription({ accountId: account.id, subscriptionId: subscription.id, tariffId: catalogue.small.id, quantity: 2 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await disconnectSubscription({ accountId: account.id, subscriptionId: subscription.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const readerCaller: TCaller = { ...ownerCaller(reader, account.id), role: "MEMBER", permissions: ["services.read", "requests.manage"] };
    await expect(getServiceChangeOptions(readerCaller)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const manager: TCaller = { ...readerCaller, permissions: ["services.manage"] };
    await expect(getNextCharges(manager)).rejects.toMatchObject({ code: "FORBIDDEN" });

    const { account: own, owner: stranger } = await createAccount({ billingMethod: "POSTPAID" });
    actAs(stranger);
    expect(await connectService({ accountId: account.id, tariffId: catalogue.small.id, quantity: 1 })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const foreign = await disconnectSubscription({ accountId: own.id, subscriptionId: subscription.id });
    expect(foreign).toMatchObject({ ok: false, fieldErrors: { subscriptionId: expect.any(String) } });
    expect((await db.subscription.findUniqueOrThrow({ where: { id: subscription.id } })).status).toBe("ACTIVE");
    expect((await getServiceChangeOptions(ownerCaller(stranger, own.id))).subscriptions).toEqual([]);
  });
});
