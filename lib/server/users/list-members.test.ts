import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parsePermissions } from "@/lib/auth/permissions";
import type { TCaller } from "@/lib/auth/cabinet";
import { addMember, createAccount, createUser } from "@/test/factories";
import { listMembers } from "./list-members";
import { getMember } from "./get-member";

const callerOf = (userId: string, accountId: string, role: "OWNER" | "MEMBER", permissions: string[] = []): TCaller => ({
  userId,
  actorId: userId,
  accountId,
  role,
  permissions: parsePermissions(JSON.stringify(permissions)),
  impersonationId: null,
});

describe("the users list", () => {
  it("lists the account's users with status, grants and last sign-in, owner first", async () => {
    const { account, owner } = await createAccount();
    const member = await addMember(account.id, ["finance.read"]);
    const suspended = await addMember(account.id, []);
    await db.membership.update({ where: { userId_accountId: { userId: suspended.id, accountId: account.id } }, data: { status: "SUSPENDED" } });
    const pending = await createUser({ status: "PENDING" });
    await addMember(account.id, ["documents.read"], pending);
    await db.user.update({ where: { id: member.id }, data: { lastLoginAt: new Date("2026-03-01T10:00:00Z") } });
    const { owner: outsider } = await createAccount();

    const rows = await listMembers(callerOf(owner.id, account.id, "OWNER"));
    expect(rows.map((r) => [r.email, r.role, r.status])).toEqual([
      [owner.email, "OWNER", "ACTIVE"],
      [member.email, "MEMBER", "ACTIVE"],
      [suspended.email, "MEMBER", "SUSPENDED"],
      [pending.email, "MEMBER", "PENDING"],
    ]);
    expect(rows[1]).toMatchObject({ permissions: ["finance.read"], lastLoginAt: new Date("2026-03-01T10:00:00Z") });
    expect(rows.some((r) => r.email === outsider.email)).toBe(false);

    expect(await getMember(callerOf(owner.id, account.id, "OWNER"), outsider.id)).toBeNull();
    expect(await getMember(callerOf(owner.id, account.id, "OWNER"), member.id)).toMatchObject({ email: member.email });
  });

  it("is refused to a member, whatever their grants", async () => {
    const { account } = await createAccount();
    const member = await addMember(account.id, ["finance.read"]);
    const caller = callerOf(member.id, account.id, "MEMBER", ["finance.read", "documents.read", "services.manage"]);
    await expect(listMembers(caller)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getMember(caller, member.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
