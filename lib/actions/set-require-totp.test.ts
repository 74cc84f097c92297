import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/auth";
import { addMember, createAccount } from "@/test/factories";
import { setRequireTotpAction } from "./set-require-totp";
import { clock } from "@/lib/clock";

describe("requiring TOTP for every user of the cabinet", () => {
  beforeEach(() => actAs(null));

  it("is refused until the owner has TOTP on, then switches on and off with audit rows", async () => {
    const { account, owner } = await createAccount();
    actAs(owner);
    expect(await setRequireTotpAction({ accountId: account.id, requireTotp: true })).toMatchObject({ ok: false, fieldErrors: { root: "users.errors.totpFirst" } });
    expect((await db.account.findUniqueOrThrow({ where: { id: account.id } })).requireTotp).toBe(false);

    // getAuth() reads the user afresh on every request; the test does the same.
    actAs(await db.user.update({ where: { id: owner.id }, data: { totpSecret: "JBSWY3DPEHPK3PXP", totpEnabledAt: clock.now() } }));
    expect(await setRequireTotpAction({ accountId: account.id, requireTotp: true })).toEqual({ ok: true, data: { requireTotp: true } });
    expect((await db.account.findUniqueOrThrow({ where: { id: account.id } })).requireTotp).toBe(true);
    expect(await setRequireTotpAction({ accountId: account.id, requireTotp: false })).toEqual({ ok: true, data: { requireTotp: false } });
    const rows = await db.auditLog.findMany({ where: { accountId: account.id, action: "account.require_totp" }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => JSON.parse(r.details!))).toEqual([
      { before: false, after: true },
      { before: true, after: false },
    ]);
  });

  it("is refused to a member", async () => {
    const { account } = await createAccount();
    const member = await addMember(account.id, ["finance.read"]);
    actAs(member);
    expect(await setRequireTotpAction({ accountId: account.id, requireTotp: false })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});
