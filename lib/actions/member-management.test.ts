import { deliverQueuedMail } from "@/test/mail";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { actAs } from "@/test/auth";
import { addMember, createAccount, createUser, uniqueEmail } from "@/test/factories";
import { updateMemberGrantsAction } from "./update-member-grants";
import { setMemberStatusAction } from "./set-member-status";
import { removeMemberAction } from "./remove-member";
import { resendInvitationAction } from "./resend-invitation";
import { inviteMemberAction } from "./invite-member";
import { assertNotLastOwner } from "@/lib/server/users/assert-not-last-owner";

const lastAudit = (accountId: string, action: string) =>
  db.auditLog.findFirstOrThrow({ where: { accountId, action }, orderBy: { createdAt: "desc" } });

describe("managing the cabinet's users", () => {
  beforeEach(() => actAs(null));

  it("changes a member's grants and records before and after", async () => {
    const { account, owner } = await createAccount();
    const member = await addMember(account.id, ["finance.read", "documents.read"]);
    actAs(owner);
    const result = await updateMemberGrantsAction({ accountId: account.id, userId: member.id, permissions: ["statistics.read", "finance.read", "finance.read"] });
    expect(result).toEqual({ ok: true, data: { permissions: ["finance.read", "statistics.read"] } });
    const m = await db.membership.findUniqueOrThrow({ where: { userId_accountId: { userId: member.id, accountId: account.id } } });
    expect(m.permissions).toBe('["finance.read","statistics.read"]');
    const audit = await lastAudit(account.id, "membership.grants_update");
    expect(audit).toMatchObject({ actorId: owner.id, objectId: member.id });
    expect(JSON.parse(audit.details!)).toMatchObject({
      before: ["documents.read", "finance.read"],
      after: ["finance.read", "statistics.read"],
      added: ["statistics.read"],
      removed: ["documents.read"],
    });
  });

  it("refuses to change the owner's grants and a user of another account (logged)", async () => {
    const { account, owner } = await createAccount();
    const { owner: foreignOwner } = await createAccount();
    const { account: otherAccount } = await createAccount();
    const foreigner = await addMember(otherAccount.id, ["finance.read"]);
    actAs(owner);
    expect(await updateMemberGrantsAction({ accountId: account.id, userId: owner.id, permissions: [] })).toMatchObject({
      ok: false,
      fieldErrors: { root: "users.errors.ownerGrants" },
    });
    for (const userId of [foreignOwner.id, foreigner.id, "no-such-user"]) {
      expect(await updateMemberGrantsAction({ accountId: account.id, userId, permissions: [...PERMISSIONS] })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(await db.auditLog.count({ where: { actorId: owner.id, accountId: account.id, outcome: "DENIED", objectType: "users:grants" } })).toBe(3);
    const untouched = await db.membership.findUniqueOrThrow({ where: { userId_accountId: { userId: foreigner.id, accountId: otherAccount.id } } });
    expect(untouched.permissions).toBe('["finance.read"]');
  });

  it("suspends and restores a member's access to this account only", async () => {
    const { account, owner } = await createAccount();
    const member = await addMember(account.id, ["finance.read"]);
    const { account: own } = await createAccount({ owner: member });
    actAs(owner);
    expect(await setMemberStatusAction({ accountId: account.id, userId: member.id, status: "SUSPENDED", reason: "Сотрудник в отпуске" })).toEqual({ ok: true, data: { status: "SUSPENDED" } });
    const memberships = await db.membership.findMany({ where: { userId: member.id } });
    expect(memberships.find((m) => m.accountId === account.id)?.status).toBe("SUSPENDED");
    expect(memberships.find((m) => m.accountId === own.id)?.status).toBe("ACTIVE");
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).status).toBe("ACTIVE");
    expect(await lastAudit(account.id, "membership.suspend")).toMatchObject({ objectId: member.id, actorId: owner.id });

    expect(await setMemberStatusAction({ accountId: account.id, userId: member.id, status: "ACTIVE" })).toEqual({ ok: true, data: { status: "ACTIVE" } });
    expect(await lastAudit(account.id, "membership.restore")).toMatchObject({ objectId: member.id });
  });

  it("removes a member from the account; they keep their login and other accounts", async () => {
    const { account, owner } = await createAccount();
    const member = await addMember(account.id, ["finance.read"]);
    const { account: own } = await createAccount({ owner: member });
    actAs(owner);
    expect(await removeMemberAction({ accountId: account.id, userId: member.id, reason: "Сотрудник уволился" })).toEqual({ ok: true, data: { isPersonDeleted: false } });
    const after = await db.user.findUniqueOrThrow({ where: { id: member.id }, include: { memberships: true } });
    expect(after.status).toBe("ACTIVE");
    expect(after.memberships.map((m) => m.accountId)).toEqual([own.id]);
    const audit = await lastAudit(account.id, "membership.remove");
    expect(JSON.parse(audit.details!)).toMatchObject({ email: member.email, permissions: ["finance.read"] });
  });

  it("withdraws an invitation nobody accepted together with the person it created", async () => {
    const { account, owner } = await createAccount();
    actAs(owner);
    const email = uniqueEmail("withdrawn");
    const invited = await inviteMemberAction({ accountId: account.id, email, name: "Бекзат Нурланов", phone: "+77015550000", permissions: [] });
    if (!invited.ok) throw new Error(invited.error);
    expect(await removeMemberAction({ accountId: account.id, userId: invited.data.userId, reason: "Пригласили по ошибке" })).toEqual({ ok: true, data: { isPersonDeleted: true } });
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
    expect(await db.authToken.count({ where: { userId: invited.data.userId } })).toBe(0);
    expect(await lastAudit(account.id, "membership.remove")).toMatchObject({ objectId: invited.data.userId });
  });

  it("never removes, suspends or demotes the last owner, not even at their own request", async () => {
    const { account, owner } = await createAccount();
    actAs(owner);
    const lastOwner = { ok: false, code: "VALIDATION", fieldErrors: { root: "users.errors.lastOwner" } };
    expect(await removeMemberAction({ accountId: account.id, userId: owner.id, reason: "Передача дел новому владельцу" })).toMatchObject(lastOwner);
    expect(await setMemberStatusAction({ accountId: account.id, userId: owner.id, status: "SUSPENDED", reason: "Проверка последнего владельца" })).toMatchObject(lastOwner);
    expect(await updateMemberGrantsAction({ accountId: account.id, userId: owner.id, permissions: ["finance.read"] })).toMatchObject({
      fieldErrors: { root: "users.errors.ownerGrants" },
    });
    const m = await db.membership.findUniqueOrThrow({ where: { userId_accountId: { userId: owner.id, accountId: account.id } } });
    expect(m).toMatchObject({ role: "OWNER", status: "ACTIVE", permissions: "[]" });
  });

  it("lets one of two active owners remove the other, keeping one", async () => {
    const { account, owner } = await createAccount();
    const coOwner = await createUser();
    await db.membership.create({ data: { userId: coOwner.id, accountId: account.id, role: "OWNER" } });
    actAs(coOwner);
    expect(await removeMemberAction({ accountId: account.id, userId: owner.id, reason: "Передача дел новому владельцу" })).toMatchObject({ ok: true });
    const owners = await db.membership.findMany({ where: { accountId: account.id, role: "OWNER" } });
    expect(owners.map((o) => o.userId)).toEqual([coOwner.id]);
  });

  it("assertNotLastOwner counts only other active owners", async () => {
    const { account, owner } = await createAccount();
    const self = { role: "OWNER", userId: owner.id, accountId: account.id };
    await expect(assertNotLastOwner(self)).rejects.toMatchObject({ fieldErrors: { root: "users.errors.lastOwner" } });
    const coOwner = await createUser();
    await db.membership.create({ data: { userId: coOwner.id, accountId: account.id, role: "OWNER", status: "SUSPENDED" } });
    await expect(assertNotLastOwner(self)).rejects.toMatchObject({ code: "VALIDATION" });
    await db.membership.update({ where: { userId_accountId: { userId: coOwner.id, accountId: account.id } }, data: { status: "ACTIVE" } });
    await expect(assertNotLastOwner(self)).resolves.toBeUndefined();
    await expect(assertNotLastOwner({ ...self, role: "MEMBER" })).resolves.toBeUndefined();
  });

  it("sends a new invitation only to a person who has not activated", async () => {
    const { account, owner } = await createAccount();
    const active = await addMember(account.id, []);
    actAs(owner);
    expect(await resendInvitationAction({ accountId: account.id, userId: active.id })).toMatchObject({ ok: false, fieldErrors: { root: "users.errors.alreadyActive" } });
    const email = uniqueEmail("resend");
    const invited = await inviteMemberAction({ accountId: account.id, email, name: "Дана Ержанова", phone: "+77015550001", permissions: [] });
    if (!invited.ok) throw new Error(invited.error);
    expect(await resendInvitationAction({ accountId: account.id, userId: invited.data.userId })).toEqual({ ok: true, data: { email } });
    await deliverQueuedMail();
    expect(await db.outboxEmail.count({ where: { to: email, template: "invitation" } })).toBe(2);
    expect(await db.authToken.count({ where: { userId: invited.data.userId, usedAt: null } })).toBe(1);
    expect(await lastAudit(account.id, "user.invitation_resend")).toMatchObject({ objectId: invited.data.userId });
  });
});
