import { deliverQueuedMail } from "@/test/mail";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashToken } from "@/lib/auth/tokens";
import { actAs } from "@/test/auth";
import { addMember, createAccount, createUser, uniqueEmail } from "@/test/factories";
import { inviteMemberAction } from "./invite-member";

const input = (accountId: string, email: string, permissions: string[] = ["finance.read", "documents.read"]) => ({
  accountId,
  email,
  name: "Айгерим Тулегенова",
  phone: "+7 701 555 44 33",
  permissions: permissions as never,
});

describe("inviting a user", () => {
  beforeEach(() => actAs(null));

  it("creates a PENDING person with the grants, mails a single-use activation link naming the inviter and subscriber, and audits it", async () => {
    const { account, owner, subscriber } = await createAccount();
    actAs(owner);
    const email = uniqueEmail("invitee");
    const result = await inviteMemberAction(input(account.id, ` ${email.toUpperCase()} `));
    expect(result).toMatchObject({ ok: true, data: { isNewPerson: true, isMailSent: true } });
    const person = await db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
    expect(person).toMatchObject({ status: "PENDING", passwordHash: null, phone: "+77015554433", name: "Айгерим Тулегенова" });
    expect(person.memberships).toEqual([expect.objectContaining({ accountId: account.id, role: "MEMBER", status: "ACTIVE", permissions: '["documents.read","finance.read"]' })]);

    await deliverQueuedMail();
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: email, template: "invitation" } });
    expect(mail.text).toContain(owner.name);
    expect(mail.text).toContain(subscriber.name);
    const token = mail.text.match(/\/activate\/([A-Za-z0-9_-]+)/)?.[1];
    expect(token).toBeTruthy();
    const row = await db.authToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token!) } });
    expect(row).toMatchObject({ userId: person.id, purpose: "ACTIVATION", usedAt: null });

    const audit = await db.auditLog.findFirstOrThrow({ where: { accountId: account.id, action: "user.invite" } });
    expect(audit).toMatchObject({ actorId: owner.id, objectType: "user", objectId: person.id, outcome: "OK" });
    expect(JSON.parse(audit.details!)).toMatchObject({ email, permissions: ["documents.read", "finance.read"] });
  });

  it("adds a person who already has a login without a new login, and tells them by mail", async () => {
    const { account, owner } = await createAccount();
    const existing = await createUser();
    await createAccount({ owner: existing }); // they own a cabinet of their own
    actAs(owner);
    const result = await inviteMemberAction({ ...input(account.id, existing.email), name: "Другое Имя" });
    expect(result).toMatchObject({ ok: true, data: { userId: existing.id, isNewPerson: false } });
    const after = await db.user.findUniqueOrThrow({ where: { id: existing.id }, include: { memberships: true } });
    expect(after.passwordHash).toBe(existing.passwordHash);
    expect(after.name).toBe(existing.name);
    expect(after.memberships).toHaveLength(2);
    expect(await db.authToken.count({ where: { userId: existing.id } })).toBe(0);
    await deliverQueuedMail();
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: existing.email } });
    expect(mail.template).toBe("added-to-account");
    expect(mail.text).toContain("/login");
    expect(await db.auditLog.count({ where: { accountId: account.id, action: "membership.add", objectId: existing.id } })).toBe(1);
  });

  it("refuses an existing member, an invalid email, an unknown permission and staff, changing nothing", async () => {
    const { account, owner } = await createAccount();
    const member = await addMember(account.id, ["finance.read"]);
    const staff = await createUser({ staffRole: "ADMIN" });
    actAs(owner);

    expect(await inviteMemberAction(input(account.id, member.email))).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { email: "users.errors.alreadyMember" },
    });
    expect(await inviteMemberAction(input(account.id, owner.email))).toMatchObject({ fieldErrors: { email: "users.errors.alreadyMember" } });
    expect(await inviteMemberAction(input(account.id, "not-an-email"))).toMatchObject({ ok: false, fieldErrors: { email: "validation.email" } });
    const bad = await inviteMemberAction(input(account.id, uniqueEmail(), ["finance.read", "users.manage"]));
    expect(bad).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { "permissions.1": "users.validation.unknownPermission" } });
    expect(await inviteMemberAction(input(account.id, uniqueEmail(), ["root"]))).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await inviteMemberAction(input(account.id, staff.email))).toMatchObject({ fieldErrors: { email: "users.errors.staffEmail" } });

    expect(await db.membership.count({ where: { accountId: account.id } })).toBe(2);
    expect(await db.auditLog.count({ where: { accountId: account.id, outcome: "OK" } })).toBe(0);
  });

  it("re-invites a person still PENDING elsewhere with a fresh activation link", async () => {
    const { account: first, owner: firstOwner } = await createAccount();
    const { account: second, owner: secondOwner } = await createAccount();
    const email = uniqueEmail("twice");
    actAs(firstOwner);
    await inviteMemberAction(input(first.id, email));
    actAs(secondOwner);
    const result = await inviteMemberAction(input(second.id, email));
    expect(result).toMatchObject({ ok: true, data: { isNewPerson: false } });
    await deliverQueuedMail();
    const mails = await db.outboxEmail.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });
    expect(mails.map((m) => m.template)).toEqual(["invitation", "invitation"]);
    const person = await db.user.findUniqueOrThrow({ where: { email } });
    expect(await db.authToken.count({ where: { userId: person.id, usedAt: null } })).toBe(1);
  });
});
