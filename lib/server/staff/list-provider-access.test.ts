import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { clock } from "@/lib/clock";
import { actAs } from "@/test/auth";
import { callerFor } from "@/test/cabinet";
import { addMember, createAccount, createUser } from "@/test/factories";
import { staffStartImpersonation } from "@/lib/actions/staff-start-impersonation";
import { listProviderAccess } from "./list-provider-access";

// The owner's provider-access screen lists every "view as" of the account with the purpose
// support stated when starting it, and nothing of other accounts.
describe("the owner's list of staff views", () => {
  it("shows who viewed, as whom, when, and the stated purpose; another account's views are not there", async () => {
    const { account, owner } = await createAccount();
    const member = await addMember(account.id, ["finance.read"]);
    const { account: other, owner: otherOwner } = await createAccount();
    const support = await createUser({ staffRole: "SUPPORT", name: "Айгерим Поддержка" });

    // Started the real way, through the staff action (which needs the staff member's Session row).
    await db.session.create({ data: { id: `test-session-${support.id}`, userId: support.id, expiresAt: new Date(clock.nowMs() + 3600_000) } });
    actAs(support);
    expect(await staffStartImpersonation({ accountId: account.id, userId: member.id, reason: " Заявление 42: не видно счёт " })).toMatchObject({ ok: true });
    // A view of someone else's account, with its own purpose.
    await db.impersonation.create({
      data: { staffId: support.id, targetUserId: otherOwner.id, accountId: other.id, reason: "Чужой лицевой счёт", expiresAt: new Date(clock.nowMs() + 60_000) },
    });

    const { sessions } = await listProviderAccess(callerFor(owner, account.id));
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({
      reason: "Заявление 42: не видно счёт",
      staff: { name: "Айгерим Поддержка" },
      targetUser: { name: member.name },
      endedAt: null,
    });
    expect(sessions[0].startedAt).toBeInstanceOf(Date);
    expect(JSON.stringify(sessions)).not.toContain("Чужой лицевой счёт");

    const theirs = await listProviderAccess(callerFor(otherOwner, other.id));
    expect(theirs.sessions.map((s) => s.reason)).toEqual(["Чужой лицевой счёт"]);
  });

  it("is the owner's (account.manage) alone: a member is refused", async () => {
    const { account } = await createAccount();
    const member = await addMember(account.id, ["finance.read", "notices.read"]);
    await expect(listProviderAccess(callerFor(member, account.id, "MEMBER", ["finance.read", "notices.read"]))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
