import { beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { accountAction, staffAction, userAction } from "./safe-action";
import { actAs } from "@/test/auth";
import { addMember, createAccount, createUser } from "@/test/factories";
import { clock } from "@/lib/clock";

const ZInput = z.object({ accountId: z.string(), note: z.string().min(2, "validation.required") });
const touch = accountAction("services.manage", ZInput, async (input, ctx) => ({ accountId: ctx.caller.accountId, note: input.note }));
const whoAmI = userAction(z.object({}), async (_input, ctx) => ctx.auth.user.id);
const adminOnly = staffAction("ADMIN", z.object({}), async () => "done");

describe("the action builder", () => {
  beforeEach(() => actAs(null));

  it("refuses a signed-out caller", async () => {
    const result = await whoAmI({});
    expect(result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("lets the owner act and returns field errors for bad input without running the handler", async () => {
    const { account, owner } = await createAccount();
    actAs(owner);
    expect(await touch({ accountId: account.id, note: "ok" })).toEqual({ ok: true, data: { accountId: account.id, note: "ok" } });
    const bad = await touch({ accountId: account.id, note: "" });
    expect(bad).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { note: "validation.required" } });
  });

  it("refuses a member without the grant and logs the refusal", async () => {
    const { account } = await createAccount();
    const member = await addMember(account.id, ["finance.read"]);
    actAs(member);
    expect(await touch({ accountId: account.id, note: "ok" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const denied = await db.auditLog.findFirst({ where: { actorId: member.id, outcome: "DENIED", accountId: account.id } });
    expect(denied?.objectType).toBe("action:services.manage");
  });

  it("answers a user of another account as if the account did not exist, and logs it", async () => {
    const { account } = await createAccount();
    const stranger = await createUser();
    actAs(stranger);
    expect(await touch({ accountId: account.id, note: "ok" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.auditLog.count({ where: { actorId: stranger.id, outcome: "DENIED" } })).toBe(1);
  });

  it("refuses a suspended membership", async () => {
    const { account } = await createAccount();
    const member = await addMember(account.id, ["services.manage"]);
    await db.membership.update({ where: { userId_accountId: { userId: member.id, accountId: account.id } }, data: { status: "SUSPENDED" } });
    actAs(member);
    expect(await touch({ accountId: account.id, note: "ok" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("refuses every mutation while staff impersonate, and records it", async () => {
    const { account, owner } = await createAccount();
    const staff = await createUser({ staffRole: "SUPPORT" });
    actAs(owner, { actor: staff, impersonation: { id: "imp-1", accountId: account.id } });
    expect(await touch({ accountId: account.id, note: "ok" })).toMatchObject({ ok: false, code: "READ_ONLY" });
    const row = await db.auditLog.findFirst({ where: { actorId: staff.id, action: "impersonation.mutation_refused" } });
    expect(row?.subjectUserId).toBe(owner.id);
  });

  it("keeps staff actions to staff of the right role", async () => {
    actAs(await createUser());
    expect(await adminOnly({})).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(await createUser({ staffRole: "SUPPORT" }));
    expect(await adminOnly({})).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(await createUser({ staffRole: "ADMIN" }));
    expect(await adminOnly({})).toEqual({ ok: true, data: "done" });
  });
});

describe("an account whose owner requires two-factor sign-in", () => {
  it("refuses its actions to a member who has not set up TOTP, and allows them once set up", async () => {
    const { account } = await createAccount();
    await db.account.update({ where: { id: account.id }, data: { requireTotp: true } });
    const member = await addMember(account.id, ["services.manage"]);
    actAs(member);
    expect(await touch({ accountId: account.id, note: "ok" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs({ ...member, totpEnabledAt: clock.now() } as typeof member);
    expect(await touch({ accountId: account.id, note: "ok" })).toMatchObject({ ok: true });
  });
});
