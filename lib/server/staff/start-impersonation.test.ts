import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/auth";
import { addMember, createAccount, createUser, type TTestUser } from "@/test/factories";
import { staffStartImpersonation } from "@/lib/actions/staff-start-impersonation";
import { decideProviderAccess } from "./decide-provider-access";
import { clock } from "@/lib/clock";

// The action uses the staff member's Session row: actAs() names it test-session-<id>.
async function signedIn(staff: TTestUser) {
  await db.session.upsert({
    where: { id: `test-session-${staff.id}` },
    update: { impersonationId: null },
    create: { id: `test-session-${staff.id}`, userId: staff.id, expiresAt: new Date(clock.nowMs() + 3600_000) },
  });
  actAs(staff);
}

const PURPOSE = "Заявление 17: проверка начислений";

const ownerCaller = (userId: string, accountId: string) => ({ userId, actorId: userId, accountId, role: "OWNER" as const, permissions: [], impersonationId: null });

describe("starting a view-as", () => {
  let support: TTestUser;
  beforeEach(async () => {
    support = await createUser({ staffRole: "SUPPORT" });
    await signedIn(support);
  });

  it("starts a 30-minute read-only view, sets the session and audits it on the account", async () => {
    const { account } = await createAccount();
    const member = await addMember(account.id, ["finance.read"]);
    const result = await staffStartImpersonation({ accountId: account.id, userId: member.id, reason: "  Заявление 17 " });
    expect(result.ok).toBe(true);
    const imp = await db.impersonation.findFirstOrThrow({ where: { staffId: support.id } });
    expect(imp.expiresAt.getTime() - imp.startedAt.getTime()).toBeCloseTo(30 * 60_000, -3);
    expect(await db.session.findUniqueOrThrow({ where: { id: `test-session-${support.id}` } })).toMatchObject({ impersonationId: imp.id });
    // The purpose is kept trimmed on the row the owner reads, and in the audit entry.
    expect(imp.reason).toBe("Заявление 17");
    const row = await db.auditLog.findFirstOrThrow({ where: { action: "impersonation.start", impersonationId: imp.id } });
    expect(row).toMatchObject({ accountId: account.id, actorId: support.id, subjectUserId: member.id });
    expect(JSON.parse(row.details ?? "{}")).toMatchObject({ reason: "Заявление 17" });
  });

  it("requires a stated purpose: without one (or a blank or too short one) it refuses on the field and creates nothing", async () => {
    const { account } = await createAccount();
    const member = await addMember(account.id, ["finance.read"]);
    const attempts: Array<Record<string, unknown>> = [
      { accountId: account.id, userId: member.id },
      { accountId: account.id, userId: member.id, reason: "" },
      { accountId: account.id, userId: member.id, reason: "      " },
      { accountId: account.id, userId: member.id, reason: " abc " },
    ];
    for (const input of attempts) {
      const result = await staffStartImpersonation(input as never);
      expect(result, JSON.stringify(input)).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { reason: "staff.validation.purpose" } });
    }
    const tooLong = await staffStartImpersonation({ accountId: account.id, userId: member.id, reason: "x".repeat(301) });
    expect(tooLong).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { reason: "validation.tooLong" } });
    expect(await db.impersonation.count({ where: { staffId: support.id } })).toBe(0);
    expect(await db.session.findUniqueOrThrow({ where: { id: `test-session-${support.id}` } })).toMatchObject({ impersonationId: null });
    expect(await db.auditLog.count({ where: { actorId: support.id, action: "impersonation.start" } })).toBe(0);
  });

  it("refuses viewing oneself, a staff member, or someone outside the account, and audits each", async () => {
    const { account } = await createAccount();
    const admin = await createUser({ staffRole: "ADMIN" });
    await db.membership.create({ data: { userId: admin.id, accountId: account.id, role: "MEMBER" } });
    const stranger = await createUser();
    for (const [userId, key] of [
      [support.id, "self"],
      [admin.id, "staff"],
      [stranger.id, "notMember"],
    ] as const) {
      const result = await staffStartImpersonation({ accountId: account.id, userId, reason: PURPOSE });
      expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { userId: `staff.impersonate.errors.${key}` } });
    }
    expect(await db.impersonation.count({ where: { staffId: support.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { actorId: support.id, action: "impersonation.refused", outcome: "DENIED", accountId: account.id } })).toBe(3);
  });

  it("is refused to a customer", async () => {
    const { account, owner } = await createAccount();
    actAs(owner);
    expect(await staffStartImpersonation({ accountId: account.id, userId: owner.id, reason: PURPOSE })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("provider access with the owner's consent", () => {
  let support: TTestUser;
  beforeEach(async () => {
    support = await createUser({ staffRole: "SUPPORT" });
    await signedIn(support);
  });

  async function consentAccount() {
    const made = await createAccount();
    await db.account.update({ where: { id: made.account.id }, data: { providerAccessConsent: true } });
    return made;
  }

  it("refuses without an approved window, and while the request is pending or declined", async () => {
    const { account, owner } = await consentAccount();
    const refused = { ok: false, fieldErrors: { userId: "staff.impersonate.errors.consentRequired" } };
    expect(await staffStartImpersonation({ accountId: account.id, userId: owner.id, reason: PURPOSE })).toMatchObject(refused);
    const request = await db.providerAccessRequest.create({ data: { accountId: account.id, staffId: support.id, reason: "Проверка" } });
    expect(await staffStartImpersonation({ accountId: account.id, userId: owner.id, reason: PURPOSE })).toMatchObject(refused);
    await decideProviderAccess(ownerCaller(owner.id, account.id), { requestId: request.id, decision: "DECLINE" });
    expect(await staffStartImpersonation({ accountId: account.id, userId: owner.id, reason: PURPOSE })).toMatchObject(refused);
  });

  it("allows access inside the approved window only, never past its end, and only to the staff member who asked", async () => {
    const { account, owner } = await consentAccount();
    const request = await db.providerAccessRequest.create({ data: { accountId: account.id, staffId: support.id, reason: "Проверка" } });
    await decideProviderAccess(ownerCaller(owner.id, account.id), { requestId: request.id, decision: "APPROVE", hours: 1 });
    const approved = await db.providerAccessRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(await staffStartImpersonation({ accountId: account.id, userId: owner.id, reason: PURPOSE })).toMatchObject({ ok: true });
    const imp = await db.impersonation.findFirstOrThrow({ where: { staffId: support.id, accountId: account.id } });
    expect(imp.expiresAt.getTime()).toBeLessThanOrEqual(approved.windowEnd!.getTime());

    const colleague = await createUser({ staffRole: "SUPPORT" });
    await signedIn(colleague);
    expect(await staffStartImpersonation({ accountId: account.id, userId: owner.id, reason: PURPOSE })).toMatchObject({ ok: false });

    // A window that has passed no longer opens the cabinet.
    await db.providerAccessRequest.update({ where: { id: request.id }, data: { windowEnd: new Date(clock.nowMs() - 1000) } });
    await signedIn(support);
    expect(await staffStartImpersonation({ accountId: account.id, userId: owner.id, reason: PURPOSE })).toMatchObject({ ok: false });
  });

  it("lets the owner end an approved window early, which ends a view in progress", async () => {
    const { account, owner } = await consentAccount();
    const request = await db.providerAccessRequest.create({ data: { accountId: account.id, staffId: support.id, reason: "Проверка" } });
    await decideProviderAccess(ownerCaller(owner.id, account.id), { requestId: request.id, decision: "APPROVE", hours: 4 });
    await staffStartImpersonation({ accountId: account.id, userId: owner.id, reason: PURPOSE });
    await decideProviderAccess(ownerCaller(owner.id, account.id), { requestId: request.id, decision: "REVOKE" });
    const imp = await db.impersonation.findFirstOrThrow({ where: { staffId: support.id, accountId: account.id } });
    expect(imp.endedAt).not.toBeNull();
    expect(await staffStartImpersonation({ accountId: account.id, userId: owner.id, reason: PURPOSE })).toMatchObject({ ok: false });
  });

  it("refuses a member's decision", async () => {
    const { account } = await consentAccount();
    const member = await addMember(account.id, ["finance.read"]);
    const request = await db.providerAccessRequest.create({ data: { accountId: account.id, staffId: support.id, reason: "Проверка" } });
    await expect(
      decideProviderAccess({ ...ownerCaller(member.id, account.id), role: "MEMBER", permissions: ["finance.read"] }, { requestId: request.id, decision: "APPROVE", hours: 1 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
