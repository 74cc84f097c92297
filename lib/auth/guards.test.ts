import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/auth";
import { testRequest } from "@/test/setup";
import { addMember, createAccount, createUser } from "@/test/factories";
import { requireCaller } from "./guards";
import { clock } from "@/lib/clock";

// redirect() and forbidden() throw errors whose digest names where they lead.
async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "rendered";
  } catch (error) {
    return String((error as { digest?: string }).digest ?? error);
  }
}

describe("requireCaller and the cabinet's TOTP requirement", () => {
  beforeEach(() => {
    actAs(null);
    testRequest.cookies.clear();
  });

  it("sends a member without TOTP to /security before any cabinet page, once the owner requires it", async () => {
    const { account } = await createAccount();
    const member = await addMember(account.id, ["finance.read"]);
    actAs(await db.user.findUniqueOrThrow({ where: { id: member.id } }));
    expect(await outcome(requireCaller("finance.read"))).toBe("rendered");

    await db.account.update({ where: { id: account.id }, data: { requireTotp: true } });
    expect(await outcome(requireCaller("finance.read"))).toMatch(/^NEXT_REDIRECT;replace;\/security\?setup=totp;/);
    expect(await outcome(requireCaller())).toMatch(/\/security\?setup=totp/);
    // Even a page the member has no grant for: set up TOTP first, then the 403.
    expect(await outcome(requireCaller("users.manage"))).toMatch(/\/security\?setup=totp/);

    actAs(await db.user.update({ where: { id: member.id }, data: { totpSecret: "JBSWY3DPEHPK3PXP", totpEnabledAt: clock.now() } }));
    expect(await outcome(requireCaller("finance.read"))).toBe("rendered");
    // forbidden() (403) needs Next's authInterrupts flag, which only the app's config sets.
    expect(await outcome(requireCaller("users.manage"))).toMatch(/403|forbidden\(\)/);
  });

  it("does not hold back staff viewing the cabinet as a person without TOTP", async () => {
    const { account, owner } = await createAccount();
    await db.account.update({ where: { id: account.id }, data: { requireTotp: true } });
    const staff = await createUser({ staffRole: "SUPPORT" });
    actAs(owner, { actor: staff, impersonation: { id: "imp-guard", accountId: account.id } });
    expect(await outcome(requireCaller())).toBe("rendered");
  });

  it("applies only to the account in use", async () => {
    const person = await createUser();
    const { account: strict } = await createAccount();
    await db.account.update({ where: { id: strict.id }, data: { requireTotp: true } });
    await addMember(strict.id, [], person);
    const { account: relaxed } = await createAccount({ owner: person });
    actAs(person);
    testRequest.cookies.set("cabinet_account", relaxed.id);
    expect(await outcome(requireCaller())).toBe("rendered");
    testRequest.cookies.set("cabinet_account", strict.id);
    expect(await outcome(requireCaller())).toMatch(/\/security\?setup=totp/);
  });
});

describe("requireCaller without a cabinet account", () => {
  beforeEach(() => {
    actAs(null);
    testRequest.cookies.clear();
  });

  it("sends administrators and support to the staff console, not to the trial cabinet", async () => {
    actAs(await createUser({ staffRole: "ADMIN" }));
    expect(await outcome(requireCaller())).toMatch(/^NEXT_REDIRECT;replace;\/staff;/);
    actAs(await createUser({ staffRole: "SUPPORT" }));
    expect(await outcome(requireCaller("finance.read"))).toMatch(/^NEXT_REDIRECT;replace;\/staff;/);
  });

  it("sends a registered person without a contract to the trial cabinet", async () => {
    actAs(await createUser());
    expect(await outcome(requireCaller())).toMatch(/^NEXT_REDIRECT;replace;\/trial;/);
  });
});
