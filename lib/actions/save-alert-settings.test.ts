import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { clock } from "@/lib/clock";
import { actAs } from "@/test/auth";
import { addMember, createAccount, createUser } from "@/test/factories";
import { saveAlertSettings } from "./save-alert-settings";

describe("saveAlertSettings", () => {
  beforeEach(() => actAs(null));

  it("stores the caller's own choices and threshold, and re-arms the low-balance alert", async () => {
    const { account, owner } = await createAccount({ billingMethod: "PREPAID" });
    await db.lowBalanceState.create({ data: { userId: owner.id, accountId: account.id, alertedAt: clock.now() } });
    actAs(owner);
    const result = await saveAlertSettings({
      accountId: account.id,
      alerts: [
        { kind: "LOW_BALANCE", isEmailOn: true, isNoticeOn: false },
        { kind: "REQUEST_ANSWERED", isEmailOn: false, isNoticeOn: true },
      ],
      threshold: "12 500,50",
    });
    expect(result).toMatchObject({ ok: true });
    const rows = await db.alertPreference.findMany({ where: { userId: owner.id, accountId: account.id }, orderBy: { kind: "asc" } });
    expect(rows.map((r) => [r.kind, r.isEmailOn, r.isNoticeOn, r.thresholdTiyn])).toEqual([
      ["LOW_BALANCE", true, false, 1_250_050],
      // No notice channel for request answers: they are in the account's notices already.
      ["REQUEST_ANSWERED", false, false, null],
    ]);
    expect(await db.lowBalanceState.count({ where: { userId: owner.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "alerts.update", objectId: owner.id } })).toBe(1);
  });

  it("a negative or malformed threshold is a field error and saves nothing", async () => {
    const { account, owner } = await createAccount({ billingMethod: "PREPAID" });
    actAs(owner);
    for (const threshold of ["-100", "abc", -5_000 as never]) {
      const result = await saveAlertSettings({ accountId: account.id, alerts: [{ kind: "LOW_BALANCE", isEmailOn: false, isNoticeOn: false }], threshold });
      expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { threshold: "alerts.errors.threshold" } });
    }
    expect(await db.alertPreference.count({ where: { userId: owner.id } })).toBe(0);
  });

  it("refuses the signed-out, another account, a kind or a threshold the caller's grants do not allow, and staff viewing as the person", async () => {
    const { account, owner } = await createAccount({ billingMethod: "PREPAID" });
    const other = await createAccount({ billingMethod: "PREPAID" });
    const engineer = await addMember(account.id, ["services.manage", "notices.read"]);
    const input = { accountId: account.id, alerts: [{ kind: "LOW_BALANCE" as const, isEmailOn: false, isNoticeOn: false }] };

    expect(await saveAlertSettings(input)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    actAs(other.owner);
    expect(await saveAlertSettings(input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(engineer);
    expect(await saveAlertSettings(input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await saveAlertSettings({ accountId: account.id, alerts: [], threshold: "1000" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    // What the engineer may have, they may set.
    expect(await saveAlertSettings({ accountId: account.id, alerts: [{ kind: "SERVICE_SUSPENDED", isEmailOn: false, isNoticeOn: false }] })).toMatchObject({ ok: true });

    const staff = await createUser({ staffRole: "SUPPORT" });
    actAs(owner, { actor: staff, impersonation: { id: "imp-test", accountId: account.id } });
    expect(await saveAlertSettings(input)).toMatchObject({ ok: false });
    expect(await db.alertPreference.count({ where: { OR: [{ userId: owner.id }, { userId: other.owner.id }] } })).toBe(0);
  });
});
