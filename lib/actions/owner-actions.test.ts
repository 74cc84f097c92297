import { deliverQueuedMail } from "@/test/mail";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { actAs } from "@/test/auth";
import { TEST_PASSWORD, addMember, createAccount, createUser, uniqueEmail } from "@/test/factories";
import { inviteMemberAction } from "./invite-member";
import { updateMemberGrantsAction } from "./update-member-grants";
import { setMemberStatusAction } from "./set-member-status";
import { removeMemberAction } from "./remove-member";
import { transferOwnershipAction } from "./transfer-ownership";
import { resendInvitationAction } from "./resend-invitation";
import { setRequireTotpAction } from "./set-require-totp";

// Every owner action, called directly by everyone who is not the owner: refused, logged,
// and nothing in the account changes.

type TSetup = Awaited<ReturnType<typeof setup>>;

async function setup() {
  const { account, owner, subscriber } = await createAccount();
  const target = await addMember(account.id, ["finance.read"]);
  const fullMember = await addMember(account.id, [...PERMISSIONS]);
  return { account, owner, subscriber, target, fullMember, inviteEmail: uniqueEmail("invitee") };
}

const ACTIONS: Array<[string, (s: TSetup) => Promise<{ ok: boolean; code?: string }>]> = [
  ["invite-member", (s) => inviteMemberAction({ accountId: s.account.id, email: s.inviteEmail, name: "Новый Человек", phone: "+77010000001", permissions: ["finance.read"] })],
  ["update-member-grants", (s) => updateMemberGrantsAction({ accountId: s.account.id, userId: s.target.id, permissions: [...PERMISSIONS] })],
  ["set-member-status", (s) => setMemberStatusAction({ accountId: s.account.id, userId: s.target.id, status: "SUSPENDED", reason: "Нарушение правил" })],
  ["remove-member", (s) => removeMemberAction({ accountId: s.account.id, userId: s.target.id, reason: "Нарушение правил" })],
  ["transfer-ownership", (s) => transferOwnershipAction({ accountId: s.account.id, userId: s.target.id, password: TEST_PASSWORD })],
  ["resend-invitation", (s) => resendInvitationAction({ accountId: s.account.id, userId: s.target.id })],
  ["set-require-totp", (s) => setRequireTotpAction({ accountId: s.account.id, requireTotp: false })],
];

// Only rows of this test's own account and people: the other test file runs alongside.
async function snapshot(s: TSetup) {
  const accountId = s.account.id;
  await deliverQueuedMail();
  const [memberships, account, invitee, mails, tokens] = await Promise.all([
    db.membership.findMany({ where: { accountId }, orderBy: { id: "asc" }, select: { userId: true, role: true, status: true, permissions: true } }),
    db.account.findUniqueOrThrow({ where: { id: accountId }, select: { requireTotp: true } }),
    db.user.findUnique({ where: { email: s.inviteEmail } }),
    db.outboxEmail.count({ where: { to: { in: [s.inviteEmail, s.target.email] } } }),
    db.authToken.count({ where: { userId: s.target.id } }),
  ]);
  return { memberships, account, invitee, mails, tokens };
}

describe.each(ACTIONS)("owner action %s", (_name, call) => {
  beforeEach(() => actAs(null));

  it("is refused to a member even with every grant, logged, nothing changed", async () => {
    const s = await setup();
    const before = await snapshot(s);
    actAs(s.fullMember);
    expect(await call(s)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await snapshot(s)).toEqual(before);
    const denied = await db.auditLog.findFirst({ where: { actorId: s.fullMember.id, outcome: "DENIED", action: "access.denied" } });
    expect(denied?.accountId).toBe(s.account.id);
  });

  it("is refused to a user of another account as if it did not exist, logged", async () => {
    const s = await setup();
    const { owner: stranger } = await createAccount();
    const before = await snapshot(s);
    actAs(stranger);
    const result = await call(s);
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(JSON.stringify(result)).not.toContain(s.account.number);
    expect(JSON.stringify(result)).not.toContain(s.subscriber.name);
    expect(await snapshot(s)).toEqual(before);
    expect(await db.auditLog.count({ where: { actorId: stranger.id, outcome: "DENIED" } })).toBe(1);
  });

  it("is refused when signed out", async () => {
    const s = await setup();
    const before = await snapshot(s);
    actAs(null);
    expect(await call(s)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await snapshot(s)).toEqual(before);
  });

  it("is refused while staff view the cabinet as its owner, and recorded", async () => {
    const s = await setup();
    const staff = await createUser({ staffRole: "SUPPORT" });
    const before = await snapshot(s);
    actAs(s.owner, { actor: staff, impersonation: { id: `imp-${s.account.id}`, accountId: s.account.id } });
    expect(await call(s)).toMatchObject({ ok: false, code: "READ_ONLY" });
    expect(await snapshot(s)).toEqual(before);
    const row = await db.auditLog.findFirst({ where: { actorId: staff.id, action: "impersonation.mutation_refused" } });
    expect(row?.subjectUserId).toBe(s.owner.id);
  });

  it("is refused to a suspended owner-to-be (membership suspended)", async () => {
    const s = await setup();
    await db.membership.update({ where: { userId_accountId: { userId: s.owner.id, accountId: s.account.id } }, data: { status: "SUSPENDED" } });
    const before = await snapshot(s);
    actAs(s.owner);
    expect(await call(s)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await snapshot(s)).toEqual(before);
  });
});
