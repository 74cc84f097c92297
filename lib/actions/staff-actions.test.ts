import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { kzIbanFrom } from "@/lib/kz/iban";
import { withCheckDigit } from "@/lib/kz/tax-id";
import { actAs } from "@/test/auth";
import { addMember, createAccount, createUser, uniqueEmail, type TTestUser } from "@/test/factories";
import { staffRegisterSubscriber } from "./staff-register-subscriber";
import { staffResendActivation } from "./staff-resend-activation";
import { staffStartImpersonation } from "./staff-start-impersonation";
import { staffRequestProviderAccess } from "./staff-request-provider-access";
import { staffChangeAccountStatus } from "./staff-change-account-status";
import { staffChangeUserStatus } from "./staff-change-user-status";
import { staffPublishNotice } from "./staff-publish-notice";
import { staffAnnounceMaintenance } from "./staff-announce-maintenance";
import { staffEndMaintenance } from "./staff-end-maintenance";
import { staffRunBilling } from "./staff-run-billing";
import { staffPublishAgreement } from "./staff-publish-agreement";
import { decideProviderAccessAction } from "./decide-provider-access";
import { setProviderAccessConsent } from "./set-provider-access-consent";
import { acceptAgreementAction } from "./accept-agreement";
import { recordImpersonationViewAction } from "./record-impersonation-view";
import { clock } from "@/lib/clock";

// A valid 12-digit BIN (the 5th digit 4: a resident legal entity), unique for this run.
let binSerial = Math.floor(Math.random() * 9000);
function validBin(): string {
  for (;;) {
    binSerial += 1;
    const bin = withCheckDigit(`15044${String(binSerial % 1_000_000).padStart(6, "0")}`);
    if (bin) return bin;
  }
}

type TResult = { ok: boolean; code?: string };
type TCase = { name: string; role: "SUPPORT" | "ADMIN"; call: () => Promise<TResult> };

const texts = { titleRu: "Заголовок", titleKk: "Тақырып", titleEn: "Title", bodyRu: "Текст уведомления", bodyKk: "Хабарлама мәтіні", bodyEn: "Notice text" };

// Each case builds its own valid input, so "allowed" means the action really ran.
async function cases(): Promise<TCase[]> {
  const { account } = await createAccount();
  const consentAccount = await createAccount();
  await db.account.update({ where: { id: consentAccount.account.id }, data: { providerAccessConsent: true } });
  const member = await addMember(account.id, ["finance.read"]);
  const pending = await db.user.create({ data: { email: uniqueEmail("pending"), name: "Ожидает Активации", phone: "+77010000000", status: "PENDING" } });
  await db.membership.create({ data: { userId: pending.id, accountId: account.id, role: "MEMBER" } });
  const future = (h: number) => new Date(clock.nowMs() + h * 3600_000 + 5 * 3600_000).toISOString().slice(0, 16);
  return [
    {
      name: "register a subscriber",
      role: "SUPPORT",
      call: () =>
        staffRegisterSubscriber({
          requisites: { kind: "LEGAL", taxId: validBin(), name: "ТОО «Проверка ролей»", shortName: "Проверка", legalAddress: "Астана, ул. Тест, 1", postalAddress: "Астана, ул. Тест, 1", iban: kzIbanFrom("7220000000012345"), bic: "CASPKZKA", isVatPayer: true },
          contactName: "Контакт Тестов",
          contactEmail: uniqueEmail("contact"),
          contactPhone: "+77010000000",
          owner: { email: uniqueEmail("owner"), name: "Владелец Тестов", phone: "+77010000000", locale: "ru" },
          billingMethod: "POSTPAID",
        }),
    },
    { name: "resend activation", role: "SUPPORT", call: () => staffResendActivation({ userId: pending.id }) },
    { name: "ask the owner for access", role: "SUPPORT", call: () => staffRequestProviderAccess({ accountId: consentAccount.account.id, reason: "Разбор заявления 42" }) },
    { name: "suspend an account", role: "ADMIN", call: () => staffChangeAccountStatus({ accountId: account.id, operation: "SUSPEND", reason: "Задолженность по оплате" }) },
    { name: "block a user", role: "ADMIN", call: () => staffChangeUserStatus({ userId: member.id, operation: "BLOCK", reason: "Автоматический сбор данных" }) },
    { name: "publish a notice", role: "ADMIN", call: () => staffPublishNotice({ audience: "ACCOUNT", accountNumber: account.number, severity: "INFO", publishAt: "", ...texts }) },
    {
      name: "announce maintenance",
      role: "ADMIN",
      call: () => staffAnnounceMaintenance({ audience: "ACCOUNT", accountNumber: account.number, startsAt: future(48), endsAt: future(50), ...texts }),
    },
    {
      name: "end maintenance",
      role: "ADMIN",
      call: async () => {
        const notice = await db.notice.create({ data: { audience: "ACCOUNT", accountId: account.id, kind: "MAINTENANCE", ...texts } });
        const w = await db.maintenanceWindow.create({ data: { startsAt: new Date(clock.nowMs() + 86_400_000), endsAt: new Date(clock.nowMs() + 90_000_000), noticeId: notice.id } });
        return staffEndMaintenance({ windowId: w.id });
      },
    },
    { name: "run billing", role: "ADMIN", call: () => staffRunBilling({ period: "2024-06" }) },
    {
      name: "publish an agreement version",
      role: "ADMIN",
      call: () => staffPublishAgreement({ kind: "AGREEMENT", version: `99.${Math.floor(Math.random() * 1e6)}`, effectiveDate: "2099-01-01", ...texts }),
    },
  ];
}

// Other features' tests share this database and may look for the latest version.
afterAll(async () => {
  await db.agreementVersion.deleteMany({ where: { kind: "AGREEMENT", version: { startsWith: "99." } } });
});

describe("staff actions: who may call them", () => {
  let customer: TTestUser;
  let support: TTestUser;
  let admin: TTestUser;
  beforeAll(async () => {
    customer = (await createAccount()).owner;
    support = await createUser({ staffRole: "SUPPORT" });
    admin = await createUser({ staffRole: "ADMIN" });
    for (const rate of [{ validFrom: new Date("2009-01-01T00:00:00Z"), rateBp: 1200 }, { validFrom: new Date("2026-01-01T00:00:00Z"), rateBp: 1600 }]) {
      await db.vatRate.upsert({ where: { validFrom: rate.validFrom }, update: {}, create: rate });
    }
  });

  it("refuses a customer every staff action, and logs each attempt", async () => {
    actAs(customer);
    for (const c of await cases()) {
      expect(await c.call(), c.name).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await db.auditLog.count({ where: { actorId: customer.id, action: "access.denied", outcome: "DENIED" } })).toBe(10);
  });

  it("refuses support the administrators' actions and allows support's own", async () => {
    actAs(support);
    for (const c of await cases()) {
      const result = await c.call();
      if (c.role === "ADMIN") expect(result, c.name).toMatchObject({ ok: false, code: "FORBIDDEN" });
      else expect(result, `${c.name}: ${JSON.stringify(result)}`).toMatchObject({ ok: true });
    }
  });

  it("allows an administrator everything", async () => {
    actAs(admin);
    for (const c of await cases()) {
      const result = await c.call();
      expect(result, `${c.name}: ${JSON.stringify(result)}`).toMatchObject({ ok: true });
    }
  });

  it("refuses every action while a staff member views a cabinet, even an administrator's", async () => {
    const { account, owner } = await createAccount();
    actAs(owner, { actor: admin, impersonation: { id: "imp-readonly", accountId: account.id } });
    for (const c of await cases()) {
      expect(await c.call(), c.name).toMatchObject({ ok: false, code: "READ_ONLY" });
    }
    expect(await setProviderAccessConsent({ accountId: account.id, isRequired: true })).toMatchObject({ ok: false, code: "READ_ONLY" });
    expect(await acceptAgreementAction({ versionId: "any" })).toMatchObject({ ok: false, code: "READ_ONLY" });
    expect(await db.account.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ providerAccessConsent: false });
    expect(await db.auditLog.count({ where: { actorId: admin.id, action: "impersonation.mutation_refused" } })).toBeGreaterThanOrEqual(12);
    // Recording the page views is the one call an impersonating session makes.
    expect(await recordImpersonationViewAction({ path: "/finance" })).toMatchObject({ ok: true });
  });

  it("refuses staff's own view-as start while already viewing", async () => {
    const { account, owner } = await createAccount();
    actAs(owner, { actor: support, impersonation: { id: "imp-nested", accountId: account.id } });
    expect(await staffStartImpersonation({ accountId: account.id, userId: owner.id, reason: "Заявление 17" })).toMatchObject({ ok: false, code: "READ_ONLY" });
  });
});

describe("the owner's provider-access actions", () => {
  it("are the owner's alone", async () => {
    const { account, owner } = await createAccount();
    const member = await addMember(account.id, ["finance.read", "documents.read", "statistics.read", "services.read", "services.manage", "requests.manage", "notices.read"]);
    const staff = await createUser({ staffRole: "SUPPORT" });
    const request = await db.providerAccessRequest.create({ data: { accountId: account.id, staffId: staff.id, reason: "Проверка" } });
    actAs(member);
    expect(await setProviderAccessConsent({ accountId: account.id, isRequired: true })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await decideProviderAccessAction({ accountId: account.id, requestId: request.id, decision: "APPROVE", hours: 4 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(owner);
    expect(await setProviderAccessConsent({ accountId: account.id, isRequired: true })).toMatchObject({ ok: true });
    expect(await decideProviderAccessAction({ accountId: account.id, requestId: request.id, decision: "APPROVE", hours: 4 })).toMatchObject({ ok: true, data: { status: "APPROVED" } });
  });

  it("cannot decide another account's request by naming it", async () => {
    const mine = await createAccount();
    const theirs = await createAccount();
    const staff = await createUser({ staffRole: "SUPPORT" });
    const request = await db.providerAccessRequest.create({ data: { accountId: theirs.account.id, staffId: staff.id, reason: "Чужой запрос" } });
    actAs(mine.owner);
    expect(await decideProviderAccessAction({ accountId: mine.account.id, requestId: request.id, decision: "APPROVE", hours: 1 })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.providerAccessRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "PENDING" });
  });
});
