import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PERMISSIONS, serializePermissions } from "@/lib/auth/permissions";
import { actAs } from "@/test/auth";
import { TEST_PASSWORD, addMember, createAccount, createUser } from "@/test/factories";
import { transferOwnershipAction } from "./transfer-ownership";
import { inviteMemberAction } from "./invite-member";
import { updateMemberGrantsAction } from "./update-member-grants";

const roleOf = async (userId: string, accountId: string) =>
  db.membership.findUniqueOrThrow({ where: { userId_accountId: { userId, accountId } }, select: { role: true, permissions: true, status: true } });

describe("transferring the ownership", () => {
  beforeEach(() => actAs(null));

  it("makes an active member the owner and the old owner a member with every grant, after the password", async () => {
    const { account, owner } = await createAccount();
    const heir = await addMember(account.id, ["finance.read"]);
    actAs(owner);
    expect(await transferOwnershipAction({ accountId: account.id, userId: heir.id, password: TEST_PASSWORD })).toEqual({ ok: true, data: { ownerId: heir.id } });
    expect(await roleOf(heir.id, account.id)).toMatchObject({ role: "OWNER", permissions: "[]" });
    expect(await roleOf(owner.id, account.id)).toMatchObject({ role: "MEMBER", permissions: serializePermissions(PERMISSIONS), status: "ACTIVE" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { accountId: account.id, action: "membership.transfer_ownership", outcome: "OK" } });
    expect(audit).toMatchObject({ actorId: owner.id, objectId: heir.id });

    // The old owner's next call is a member's: owner actions are refused at once.
    expect(await updateMemberGrantsAction({ accountId: account.id, userId: heir.id, permissions: [] })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    // The new owner manages users, including the old owner.
    actAs(heir);
    expect(await updateMemberGrantsAction({ accountId: account.id, userId: owner.id, permissions: ["finance.read"] })).toMatchObject({ ok: true });
  });

  it("refuses a wrong password, changing nothing, and records the attempt", async () => {
    const { account, owner } = await createAccount();
    const heir = await addMember(account.id, []);
    actAs(owner);
    expect(await transferOwnershipAction({ accountId: account.id, userId: heir.id, password: "wrong-password-1" })).toMatchObject({
      ok: false,
      fieldErrors: { password: "users.errors.wrongPassword" },
    });
    expect(await roleOf(owner.id, account.id)).toMatchObject({ role: "OWNER" });
    expect(await roleOf(heir.id, account.id)).toMatchObject({ role: "MEMBER" });
    expect(await db.auditLog.count({ where: { accountId: account.id, action: "membership.transfer_ownership", outcome: "DENIED" } })).toBe(1);
  });

  it("refuses a suspended member, a person who has not activated, oneself, and a user of another account", async () => {
    const { account, owner } = await createAccount();
    const suspended = await addMember(account.id, []);
    await db.membership.update({ where: { userId_accountId: { userId: suspended.id, accountId: account.id } }, data: { status: "SUSPENDED" } });
    const { owner: foreigner } = await createAccount();
    actAs(owner);
    const invited = await inviteMemberAction({ accountId: account.id, email: `pending-${account.id}@test.kz`, name: "Ожидающий Человек", phone: "+77010000009", permissions: [] });
    if (!invited.ok) throw new Error(invited.error);
    const call = (userId: string) => transferOwnershipAction({ accountId: account.id, userId, password: TEST_PASSWORD });
    expect(await call(suspended.id)).toMatchObject({ ok: false, fieldErrors: { root: "users.errors.transferToInactive" } });
    expect(await call(invited.data.userId)).toMatchObject({ ok: false, fieldErrors: { root: "users.errors.transferToInactive" } });
    expect(await call(owner.id)).toMatchObject({ ok: false, fieldErrors: { root: "users.errors.notYourself" } });
    expect(await call(foreigner.id)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await roleOf(owner.id, account.id)).toMatchObject({ role: "OWNER" });
    expect(await db.membership.count({ where: { accountId: account.id, role: "OWNER" } })).toBe(1);
  });

  it("refuses a member of the same account even with every grant", async () => {
    const { account, owner } = await createAccount();
    const member = await addMember(account.id, [...PERMISSIONS]);
    const other = await createUser();
    await addMember(account.id, [], other);
    actAs(member);
    expect(await transferOwnershipAction({ accountId: account.id, userId: other.id, password: TEST_PASSWORD })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await roleOf(owner.id, account.id)).toMatchObject({ role: "OWNER" });
  });
});
