import { afterAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { actAs } from "@/test/auth";
import { createUser } from "@/test/factories";
import { getPendingAgreement } from "./get-pending-agreement";
import { acceptAgreement } from "./accept-agreement";
import { clock } from "@/lib/clock";

const texts = { titleRu: "С", titleKk: "К", titleEn: "A", bodyRu: "1", bodyKk: "1", bodyEn: "1" };
const DAY = 86_400_000;

// A version in force from `effectiveAt`; `now` just after it, so it is the latest in force.
async function version(effectiveAt: Date) {
  return db.agreementVersion.create({ data: { kind: "AGREEMENT", version: `t-${randomUUID().slice(0, 8)}`, effectiveAt, ...texts } });
}

async function person(activatedAt: Date, sessionAt: Date, staffRole: string | null = null) {
  const user = await createUser({ staffRole });
  const row = await db.user.update({ where: { id: user.id }, data: { activatedAt, createdAt: activatedAt } });
  await db.session.create({ data: { id: `test-session-${user.id}`, userId: user.id, createdAt: sessionAt, expiresAt: new Date(clock.nowMs() + DAY) } });
  return row;
}

// Other features' tests share this database and may ask for "the version in force".
afterAll(async () => {
  const mine = { kind: "AGREEMENT", version: { startsWith: "t-" } };
  await db.agreementAcceptance.deleteMany({ where: { version: mine } });
  await db.agreementVersion.deleteMany({ where: mine });
});

describe("the agreement-update interstitial", () => {
  it("asks a person who agreed before the new version, on a visit after it took effect, until they continue", async () => {
    const effective = new Date(clock.nowMs() - 1000);
    const v = await version(effective);
    const now = new Date(effective.getTime() + 1);
    const user = await person(new Date(effective.getTime() - 30 * DAY), new Date(effective.getTime()));
    const auth = actAs(user)!;
    expect((await getPendingAgreement(auth as never, now))?.latest.id).toBe(v.id);
    await acceptAgreement(user.id, v.id, { ip: "127.0.0.1", userAgent: "vitest" }, now);
    expect(await getPendingAgreement(auth as never, now)).toBeNull();
    expect(await db.agreementAcceptance.findFirst({ where: { userId: user.id, versionId: v.id } })).toMatchObject({ method: "CONTINUED_USE" });
  });

  it("does not ask someone who joined after the version took effect, nor mid-visit, nor staff, nor a staff member viewing", async () => {
    const effective = new Date(clock.nowMs() - 2000);
    await version(effective);
    const now = new Date(effective.getTime() + 1);
    const newcomer = await person(new Date(effective.getTime() + 1), now);
    expect(await getPendingAgreement(actAs(newcomer) as never, now)).toBeNull();
    const midVisit = await person(new Date(effective.getTime() - DAY), new Date(effective.getTime() - 60_000));
    expect(await getPendingAgreement(actAs(midVisit) as never, now)).toBeNull();
    const staff = await person(new Date(effective.getTime() - DAY), now, "SUPPORT");
    expect(await getPendingAgreement(actAs(staff) as never, now)).toBeNull();
    const customer = await person(new Date(effective.getTime() - DAY), now);
    const viewing = actAs(customer, { actor: staff, impersonation: { id: "imp", accountId: "acc" } });
    expect(await getPendingAgreement(viewing as never, now)).toBeNull();
  });

  it("accepts only the version in force", async () => {
    const old = await version(new Date(clock.nowMs() - 10 * DAY));
    const current = await version(new Date(clock.nowMs() - 3000));
    const user = await createUser();
    await expect(acceptAgreement(user.id, old.id, { ip: "127.0.0.1", userAgent: null }, new Date(current.effectiveAt.getTime() + 1))).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
