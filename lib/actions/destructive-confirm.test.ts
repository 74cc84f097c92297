import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { clock } from "@/lib/clock";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { actAs } from "@/test/auth";
import { addMember, createAccount, createUser } from "@/test/factories";
import { staffChangeAccountStatus } from "./staff-change-account-status";
import { staffChangeUserStatus } from "./staff-change-user-status";
import { setMemberStatusAction } from "./set-member-status";
import { removeMemberAction } from "./remove-member";

// Terminating, suspending or blocking an account, blocking a person, and an owner's
// suspending or removing a member: each needs a reason (at least 5 characters once
// trimmed). Without one the action answers a field error on `reason` and changes nothing,
// no audit row included; with one the reason is in the audit row's details. Who may not
// act is still refused, reason or not.

const auditRows = (where: { accountId?: string; objectId: string }) => db.auditLog.count({ where: { ...where, outcome: "OK" } });
const details = async (where: { accountId: string; action: string; objectId: string }) =>
  JSON.parse((await db.auditLog.findFirstOrThrow({ where, orderBy: { createdAt: "desc" } })).details!) as Record<string, unknown>;

describe("staff: destructive changes need a reason", () => {
  beforeEach(() => actAs(null));

  for (const operation of ["SUSPEND", "TERMINATE", "BLOCK"] as const) {
    it(`${operation}: refused without a reason (field error, nothing saved), done with one and audited with it`, async () => {
      const admin = await createUser({ staffRole: "ADMIN" });
      const { account } = await createAccount();
      actAs(admin);
      for (const reason of [undefined, "", "   ", "  abc "]) {
        const result = await staffChangeAccountStatus({ accountId: account.id, operation, reason });
        expect(result, JSON.stringify(reason)).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { reason: "staff.validation.reason" } });
      }
      expect(await db.account.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ status: "ACTIVE", statusReason: null, statusChangedAt: null });
      expect(await auditRows({ accountId: account.id, objectId: account.id })).toBe(0);
      expect(await db.notice.count({ where: { accountId: account.id, kind: "ACCOUNT_STATUS" } })).toBe(0);

      const result = await staffChangeAccountStatus({ accountId: account.id, operation, reason: "  Решение суда № 12  " });
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      expect(await db.account.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ statusReason: "Решение суда № 12" });
      const audit = await details({ accountId: account.id, action: `account.${operation.toLowerCase()}`, objectId: account.id });
      expect(audit).toMatchObject({ from: "ACTIVE", reason: "Решение суда № 12" });
    });
  }

  it("resuming and unblocking still need no reason", async () => {
    const admin = await createUser({ staffRole: "ADMIN" });
    const { account } = await createAccount();
    actAs(admin);
    expect(await staffChangeAccountStatus({ accountId: account.id, operation: "BLOCK", reason: "Рассылка спама" })).toMatchObject({ ok: true });
    expect(await staffChangeAccountStatus({ accountId: account.id, operation: "UNBLOCK" })).toMatchObject({ ok: true, data: { status: "ACTIVE" } });
  });

  it("blocking a person: refused without a reason (sessions kept, nothing saved), done with one and audited with it", async () => {
    const admin = await createUser({ staffRole: "ADMIN" });
    const { account } = await createAccount();
    const member = await addMember(account.id, ["finance.read"]);
    await db.session.create({ data: { userId: member.id, expiresAt: new Date(clock.nowMs() + 3600_000) } });
    actAs(admin);
    for (const reason of [undefined, "", " \t "]) {
      expect(await staffChangeUserStatus({ userId: member.id, operation: "BLOCK", reason })).toMatchObject({
        ok: false,
        code: "VALIDATION",
        fieldErrors: { reason: "staff.validation.reason" },
      });
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ status: "ACTIVE", statusReason: null });
    expect(await db.session.count({ where: { userId: member.id, revokedAt: null } })).toBe(1);
    expect(await auditRows({ objectId: member.id })).toBe(0);

    expect(await staffChangeUserStatus({ userId: member.id, operation: "BLOCK", reason: "Подбор паролей к чужим кабинетам" })).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ status: "BLOCKED", statusReason: "Подбор паролей к чужим кабинетам" });
    expect(await details({ accountId: account.id, action: "user.block", objectId: member.id })).toMatchObject({ reason: "Подбор паролей к чужим кабинетам" });
  });

  it("support and customers are refused with or without a reason, and nothing changes", async () => {
    const support = await createUser({ staffRole: "SUPPORT" });
    const { account, owner } = await createAccount();
    const member = await addMember(account.id, []);
    for (const caller of [support, owner]) {
      actAs(caller);
      for (const reason of [undefined, "Расторжение по заявлению"]) {
        expect(await staffChangeAccountStatus({ accountId: account.id, operation: "TERMINATE", reason })).toMatchObject({ ok: false, code: "FORBIDDEN" });
        expect(await staffChangeUserStatus({ userId: member.id, operation: "BLOCK", reason })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      }
    }
    expect(await db.account.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ status: "ACTIVE" });
    expect(await db.user.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ status: "ACTIVE" });
    expect(await auditRows({ accountId: account.id, objectId: account.id })).toBe(0);
  });
});

describe("owner: suspending or removing a member needs a reason", () => {
  beforeEach(() => actAs(null));

  it("suspending: refused without a reason (still active, no audit row), done with one and audited with it; restoring needs none", async () => {
    const { account, owner } = await createAccount();
    const member = await addMember(account.id, ["finance.read"]);
    actAs(owner);
    for (const reason of [undefined, "", "    ", "abcd"]) {
      expect(await setMemberStatusAction({ accountId: account.id, userId: member.id, status: "SUSPENDED", reason })).toMatchObject({
        ok: false,
        code: "VALIDATION",
        fieldErrors: { reason: "users.validation.reason" },
      });
    }
    const membership = () => db.membership.findUniqueOrThrow({ where: { userId_accountId: { userId: member.id, accountId: account.id } } });
    expect((await membership()).status).toBe("ACTIVE");
    expect(await auditRows({ accountId: account.id, objectId: member.id })).toBe(0);

    expect(await setMemberStatusAction({ accountId: account.id, userId: member.id, status: "SUSPENDED", reason: " Ушёл в отпуск " })).toEqual({ ok: true, data: { status: "SUSPENDED" } });
    expect((await membership()).status).toBe("SUSPENDED");
    expect(await details({ accountId: account.id, action: "membership.suspend", objectId: member.id })).toMatchObject({ before: "ACTIVE", after: "SUSPENDED", reason: "Ушёл в отпуск" });

    expect(await setMemberStatusAction({ accountId: account.id, userId: member.id, status: "ACTIVE" })).toEqual({ ok: true, data: { status: "ACTIVE" } });
  });

  it("removing: refused without a reason (membership kept, no audit row), done with one and audited with it", async () => {
    const { account, owner } = await createAccount();
    const member = await addMember(account.id, ["finance.read"]);
    actAs(owner);
    for (const reason of [undefined, "", "  "]) {
      expect(await removeMemberAction({ accountId: account.id, userId: member.id, reason } as never)).toMatchObject({
        ok: false,
        code: "VALIDATION",
        fieldErrors: { reason: "users.validation.reason" },
      });
    }
    expect(await db.membership.count({ where: { userId: member.id, accountId: account.id } })).toBe(1);
    expect(await auditRows({ accountId: account.id, objectId: member.id })).toBe(0);

    expect(await removeMemberAction({ accountId: account.id, userId: member.id, reason: "Сотрудник уволился" })).toEqual({ ok: true, data: { isPersonDeleted: false } });
    expect(await db.membership.count({ where: { userId: member.id, accountId: account.id } })).toBe(0);
    expect(await details({ accountId: account.id, action: "membership.remove", objectId: member.id })).toMatchObject({ email: member.email, reason: "Сотрудник уволился" });
  });

  it("a member even with every grant is refused, with a reason given, and nothing changes", async () => {
    const { account } = await createAccount();
    const target = await addMember(account.id, ["finance.read"]);
    const other = await addMember(account.id, [...PERMISSIONS]);
    actAs(other);
    expect(await setMemberStatusAction({ accountId: account.id, userId: target.id, status: "SUSPENDED", reason: "Нарушение правил" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await removeMemberAction({ accountId: account.id, userId: target.id, reason: "Нарушение правил" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.membership.findUniqueOrThrow({ where: { userId_accountId: { userId: target.id, accountId: account.id } } })).toMatchObject({ status: "ACTIVE" });
  });
});
