import { deliverQueuedMail } from "@/test/mail";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { ACCOUNT_COOKIE } from "@/lib/auth/cabinet";
import { acceptOffer as acceptAction } from "@/lib/actions/accept-offer";
import { actAs } from "@/test/auth";
import { testRequest } from "@/test/setup";
import { createAccount, createUser } from "@/test/factories";
import { seedAccessionReference, stepValues } from "@/test/accession";
import { acceptOffer } from "./accept-offer";
import { getCurrentOffer } from "./get-current-offer";
import { nextAccountNumber } from "./next-account-number";
import { saveAccessionStep } from "./save-accession-step";

// Lets one test make the transaction fail after the contract number was taken.
vi.mock("./next-account-number", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./next-account-number")>();
  return { nextAccountNumber: vi.fn(actual.nextAccountNumber) };
});

let tariffs: Awaited<ReturnType<typeof seedAccessionReference>>;
let offerId: string;
beforeAll(async () => {
  tariffs = await seedAccessionReference();
});
beforeEach(async () => {
  actAs(null);
  testRequest.cookies.clear();
  offerId = (await getCurrentOffer())!.id;
});

const STEPS = ["kind", "requisites", "contacts", "services"] as const;
const META = { ip: "10.1.2.3", userAgent: "vitest" };

async function personWithDraft(kind: "LEGAL" | "PERSON" = "LEGAL", now?: Date) {
  const user = await createUser();
  const values = stepValues(kind, tariffs);
  for (const step of STEPS) await saveAccessionStep(user.id, step, values[step], now);
  return { user, values };
}

const accept = () => acceptAction({ offerVersionId: offerId, consentPersonalData: true, acceptOffer: true });

describe("accepting the offer", () => {
  it("refuses a signed-out caller", async () => {
    expect(await accept()).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("refuses a person who already owns a subscriber, creating nothing", async () => {
    const { owner } = await createAccount();
    actAs(owner);
    const before = await db.subscriber.count();
    expect(await accept()).toMatchObject({ ok: false, code: "FORBIDDEN", fieldErrors: { root: "accession.errors.alreadySubscriber" } });
    expect(await db.subscriber.count()).toBe(before);
  });

  it("needs both boxes ticked", async () => {
    const { user } = await personWithDraft();
    actAs(user);
    const result = await acceptAction({ offerVersionId: offerId, consentPersonalData: false, acceptOffer: true });
    expect(result).toMatchObject({ ok: false, fieldErrors: { consentPersonalData: "validation.consentPersonalData" } });
  });

  it("refuses before every step is complete, naming the step", async () => {
    const user = await createUser();
    actAs(user);
    expect(await accept()).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { root: "accession.order.kind" } });
    const values = stepValues("LEGAL", tariffs);
    await saveAccessionStep(user.id, "kind", values.kind);
    await saveAccessionStep(user.id, "requisites", values.requisites);
    expect(await accept()).toMatchObject({ ok: false, fieldErrors: { root: "accession.order.contacts" } });
    expect(await db.subscriber.count({ where: { taxId: values.requisites.taxId } })).toBe(0);
  });

  it("creates the subscriber, account, subscriptions, ownership and acceptance record, mails the contract and switches the account", async () => {
    const { user, values } = await personWithDraft("LEGAL");
    actAs(user);
    const result = await accept();
    if (!result.ok) throw new Error(JSON.stringify(result));
    const { subscriberId, accountId, contractNumber, accountNumber } = result.data;
    expect(result.data).toMatchObject({ isNew: true, isMailSent: true });
    expect(contractNumber).toMatch(/^KMP-\d{4}-\d{6}$/);
    expect(accountNumber).toMatch(/^\d{9}$/);

    const subscriber = await db.subscriber.findUniqueOrThrow({ where: { id: subscriberId } });
    expect(subscriber).toMatchObject({
      kind: "LEGAL",
      taxId: values.requisites.taxId,
      name: values.requisites.name,
      postalAddress: values.requisites.legalAddress,
      iban: "KZ297220000000012345",
      isVatPayer: true,
      contactPhone: "+77015551234",
      signatoryAuthority: "POWER_OF_ATTORNEY",
      poaNumber: "17/2026",
      contractNumber,
      offerVersionId: offerId,
    });
    const account = await db.account.findUniqueOrThrow({ where: { id: accountId }, include: { subscriptions: true, memberships: true } });
    expect(account).toMatchObject({ number: accountNumber, subscriberId, billingMethod: "POSTPAID", creditLimit: 0, status: "ACTIVE" });
    expect(account.subscriptions.map((s) => [s.tariffId, s.quantity, s.status]).sort()).toEqual(
      [
        [tariffs.dia.id, 2, "ACTIVE"],
        [tariffs.ddos.id, 1, "ACTIVE"],
      ].sort(),
    );
    expect(account.memberships).toMatchObject([{ userId: user.id, role: "OWNER", status: "ACTIVE" }]);
    const acceptance = await db.agreementAcceptance.findFirstOrThrow({ where: { userId: user.id, subscriberId } });
    expect(acceptance).toMatchObject({ versionId: offerId, method: "ACCESSION", ip: "127.0.0.1", userAgent: "vitest" });
    expect(await db.auditLog.count({ where: { accountId, action: "accession.accepted", actorId: user.id } })).toBe(1);
    expect(await db.accessionDraft.findUniqueOrThrow({ where: { userId: user.id } })).toMatchObject({ subscriberId });
    expect(testRequest.cookies.get(ACCOUNT_COOKIE)).toBe(accountId);

    await deliverQueuedMail();
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: user.email, template: "contract-created" } });
    expect(mail.subject).toContain(contractNumber);
    expect(mail.text).toContain(accountNumber);
    // 2 × 45 000 + 150 000 = 240 000 ₸ a month without VAT; 16 % VAT makes 278 400 ₸.
    expect(mail.text.replace(/\s/g, "")).toContain("278400,00₸");
  });

  it("makes a private person a prepaid subscriber without a signatory", async () => {
    const { user, values } = await personWithDraft("PERSON");
    actAs(user);
    const result = await accept();
    if (!result.ok) throw new Error(JSON.stringify(result));
    const subscriber = await db.subscriber.findUniqueOrThrow({ where: { id: result.data.subscriberId }, include: { accounts: true } });
    expect(subscriber).toMatchObject({ kind: "PERSON", taxId: values.requisites.taxId, isVatPayer: false, signatoryName: null, poaDate: null });
    expect(subscriber.accounts[0]).toMatchObject({ billingMethod: "PREPAID", creditLimit: 0 });
  });

  it("is idempotent: a second call returns the same subscriber and sends no second mail", async () => {
    const { user, values } = await personWithDraft();
    actAs(user);
    const first = await accept();
    const second = await accept();
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.data).toMatchObject({ subscriberId: first.data.subscriberId, contractNumber: first.data.contractNumber, isNew: false });
    expect(await db.subscriber.count({ where: { taxId: values.requisites.taxId } })).toBe(1);
    await deliverQueuedMail();
    expect(await db.outboxEmail.count({ where: { to: user.email, template: "contract-created" } })).toBe(1);
  });

  it("creates exactly one subscriber when called concurrently", async () => {
    const { user, values } = await personWithDraft();
    actAs(user);
    const results = await Promise.all([accept(), accept(), accept()]);
    expect(results.every((r) => r.ok), JSON.stringify(results)).toBe(true);
    const ids = new Set(results.map((r) => (r.ok ? r.data.subscriberId : null)));
    expect(ids.size).toBe(1);
    expect(await db.subscriber.count({ where: { taxId: values.requisites.taxId } })).toBe(1);
    const subscriberId = [...ids][0]!;
    expect(await db.account.count({ where: { subscriberId } })).toBe(1);
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(1);
    expect(await db.agreementAcceptance.count({ where: { userId: user.id, method: "ACCESSION" } })).toBe(1);
    expect(results.filter((r) => r.ok && r.data.isNew)).toHaveLength(1);
  });

  it("refuses a BIN that became a subscriber meanwhile, revealing nothing and creating nothing", async () => {
    const { user, values } = await personWithDraft();
    // Someone else's contract for the same BIN, concluded after step 2 was saved.
    const other = await createAccount();
    await db.subscriber.update({ where: { id: other.subscriber.id }, data: { taxId: values.requisites.taxId } });
    actAs(user);
    const result = await accept();
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { taxId: "validation.taxIdRegistered" } });
    expect(JSON.stringify(result)).not.toContain(other.subscriber.name);
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.subscriber.count({ where: { contactEmail: values.contacts.contactEmail } })).toBe(0);
    expect((await db.accessionDraft.findUniqueOrThrow({ where: { userId: user.id } })).completedAt).toBeNull();
  });

  it("asks to read a newer offer published while the person was filling in", async () => {
    const { user } = await personWithDraft();
    actAs(user);
    const result = await acceptAction({ offerVersionId: "an-older-version", consentPersonalData: true, acceptOffer: true });
    expect(result).toMatchObject({ ok: false, fieldErrors: { root: "accession.errors.offerChanged" } });
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("contract numbers", () => {
  // A year of its own, so no other test takes numbers from the same counter meanwhile.
  const future = new Date("2031-03-02T10:00:00+05:00");

  it("are consecutive, and a failed acceptance gives its number back", async () => {
    const a = await personWithDraft("LEGAL", future);
    const b = await personWithDraft("PERSON", future);
    const c = await personWithDraft("LEGAL", future);
    const first = await acceptOffer(a.user.id, { offerVersionId: offerId }, META, future);
    expect(first.contractNumber).toBe("KMP-2031-000001");

    vi.mocked(nextAccountNumber).mockRejectedValueOnce(new Error("disk full"));
    await expect(acceptOffer(b.user.id, { offerVersionId: offerId }, META, future)).rejects.toThrow("disk full");
    expect(await db.contractSequence.findUnique({ where: { id: "KMP-2031" } })).toMatchObject({ lastValue: 1 });
    expect(await db.subscriber.count({ where: { taxId: b.values.requisites.taxId } })).toBe(0);
    expect((await db.accessionDraft.findUniqueOrThrow({ where: { userId: b.user.id } })).completedAt).toBeNull();

    const third = await acceptOffer(c.user.id, { offerVersionId: offerId }, META, future);
    const retried = await acceptOffer(b.user.id, { offerVersionId: offerId }, META, future);
    expect([third.contractNumber, retried.contractNumber]).toEqual(["KMP-2031-000002", "KMP-2031-000003"]);
    expect(await db.agreementAcceptance.findFirst({ where: { userId: b.user.id } })).toMatchObject({ ip: "10.1.2.3" });
  });

  it("gives accounts new 9-digit numbers, skipping any already taken", async () => {
    const numbers = await db.$transaction(async (tx) => [await nextAccountNumber(tx), await nextAccountNumber(tx)]);
    expect(Number(numbers[1])).toBeGreaterThan(Number(numbers[0]));
    expect(Number(numbers[0])).toBeGreaterThan(100_000_003);
    const seq = await db.contractSequence.findUniqueOrThrow({ where: { id: "ACCOUNT" } });
    const taken = String(100_000_003 + seq.lastValue + 1);
    const { account } = await createAccount();
    await db.account.update({ where: { id: account.id }, data: { number: taken } });
    const next = await db.$transaction((tx) => nextAccountNumber(tx));
    expect(next).not.toBe(taken);
    expect(next).toMatch(/^\d{9}$/);
  });
});
