import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addMember, createAccount, createUser } from "@/test/factories";
import { AUTH_USER_SELECT, findSessionWithUser } from "./session-lookup";
import { findActiveMemberships } from "./membership-lookup";
import { clock } from "@/lib/clock";

// The two lookups every cabinet request makes are single SQL statements; each must answer
// exactly what the ORM's include (two and three statements) answers.

describe("findSessionWithUser", () => {
  it("equals the ORM's session with its user, without the password hash or TOTP secret", async () => {
    const user = await createUser();
    await db.user.update({ where: { id: user.id }, data: { totpEnabledAt: new Date("2026-05-01T10:00:00Z"), lastLoginAt: clock.now() } });
    const session = await db.session.create({ data: { userId: user.id, expiresAt: new Date(clock.nowMs() + 3600_000), revokedAt: new Date("2026-06-01T00:00:00Z") } });

    const raw = await findSessionWithUser(session.id);
    const orm = await db.session.findUniqueOrThrow({
      where: { id: session.id },
      select: { id: true, userId: true, lastSeenAt: true, expiresAt: true, revokedAt: true, impersonationId: true, user: { select: AUTH_USER_SELECT } },
    });
    expect(raw).toEqual(orm);
    expect(raw!.user.totpEnabledAt).toBeInstanceOf(Date);
    expect(raw!.user).not.toHaveProperty("passwordHash");
    expect(raw!.user).not.toHaveProperty("totpSecret");
  });

  it("answers null for an unknown session", async () => {
    expect(await findSessionWithUser("no-such-session")).toBeNull();
  });
});

describe("findActiveMemberships", () => {
  const include = {
    account: {
      select: {
        id: true,
        number: true,
        status: true,
        statusReason: true,
        billingMethod: true,
        creditLimit: true,
        requireTotp: true,
        providerAccessConsent: true,
        subscriber: { select: { name: true, shortName: true, kind: true, contractNumber: true, contractDate: true } },
      },
    },
  } as const;

  it("equals the ORM's ACTIVE memberships with accounts and subscribers, oldest first", async () => {
    const first = await createAccount({ billingMethod: "POSTPAID", creditLimit: 500_000_00 });
    const second = await createAccount({ status: "SUSPENDED" });
    const third = await createAccount();
    await db.account.update({ where: { id: second.account.id }, data: { requireTotp: true, providerAccessConsent: true, statusReason: "debt" } });
    const person = first.owner;
    await addMember(second.account.id, ["finance.read"], person);
    await addMember(third.account.id, ["documents.read"], person);
    await db.membership.updateMany({ where: { userId: person.id, accountId: third.account.id }, data: { status: "SUSPENDED" } });

    const raw = await findActiveMemberships(person.id);
    const orm = await db.membership.findMany({
      where: { userId: person.id, status: "ACTIVE" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, accountId: true, role: true, permissions: true, createdAt: true, ...include },
    });
    expect(raw).toEqual(orm);
    expect(raw.map((m) => m.accountId).sort()).toEqual([first.account.id, second.account.id].sort());
    expect(raw.find((m) => m.accountId === second.account.id)!.account).toMatchObject({ requireTotp: true, providerAccessConsent: true, status: "SUSPENDED", statusReason: "debt" });
    expect(raw.find((m) => m.accountId === first.account.id)!.account.creditLimit).toBe(500_000_00);
  });

  it("narrows to one account (a staff member's view) and finds nothing for a stranger", async () => {
    const one = await createAccount();
    const other = await createAccount();
    await addMember(other.account.id, ["finance.read"], one.owner);
    expect((await findActiveMemberships(one.owner.id, other.account.id)).map((m) => m.accountId)).toEqual([other.account.id]);
    const stranger = await createUser();
    expect(await findActiveMemberships(stranger.id)).toEqual([]);
    expect(await findActiveMemberships(stranger.id, one.account.id)).toEqual([]);
  });
});
