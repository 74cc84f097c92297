import { deliverQueuedMail } from "@/test/mail";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAccount, createUser } from "@/test/factories";
import { changeAccountStatus } from "./change-account-status";
import { changeUserStatus } from "./change-user-status";
import { clock } from "@/lib/clock";

describe("the account lifecycle", () => {
  it("suspends with a reason the owner is told by mail and notice, resumes, and refuses an impossible step", async () => {
    const admin = await createUser({ staffRole: "ADMIN" });
    const { account, owner } = await createAccount();
    await changeAccountStatus(admin, { accountId: account.id, operation: "SUSPEND", reason: "Задолженность 3 месяца" });
    expect(await db.account.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ status: "SUSPENDED", statusReason: "Задолженность 3 месяца" });
    await deliverQueuedMail();
    expect(await db.outboxEmail.findFirst({ where: { to: owner.email, template: "staff-accountSuspended" } })).not.toBeNull();
    expect(await db.notice.findFirst({ where: { accountId: account.id, kind: "ACCOUNT_STATUS" } })).not.toBeNull();
    expect(await db.auditLog.findFirst({ where: { accountId: account.id, action: "account.suspend", actorId: admin.id } })).not.toBeNull();

    await expect(changeAccountStatus(admin, { accountId: account.id, operation: "UNBLOCK", reason: "" })).rejects.toMatchObject({
      fieldErrors: { operation: "staff.lifecycle.errors.transition" },
    });
    await changeAccountStatus(admin, { accountId: account.id, operation: "RESUME", reason: "" });
    expect(await db.account.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ status: "ACTIVE", statusReason: null });
  });

  it("keeps the time of each suspension, closed however the account leaves it, and opens it once", async () => {
    const admin = await createUser({ staffRole: "ADMIN" });
    const { account } = await createAccount();
    const spans = () => db.accountSuspension.findMany({ where: { accountId: account.id }, orderBy: { startedAt: "asc" } });
    // Two administrators suspend at once: one succeeds, the other is refused on its field.
    const both = await Promise.allSettled(
      [0, 1].map(() => changeAccountStatus(admin, { accountId: account.id, operation: "SUSPEND", reason: "Задолженность по оплате" })),
    );
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(both.find((r) => r.status === "rejected")).toMatchObject({ reason: { fieldErrors: { operation: "staff.lifecycle.errors.transition" } } });
    expect(await spans()).toMatchObject([{ endedAt: null }]);
    await changeAccountStatus(admin, { accountId: account.id, operation: "BLOCK", reason: "Нарушение соглашения" });
    const [closed] = await spans();
    expect(closed.endedAt).not.toBeNull();
    // Blocked, then unblocked: no suspension in between.
    await changeAccountStatus(admin, { accountId: account.id, operation: "UNBLOCK", reason: "" });
    expect(await spans()).toHaveLength(1);
  });

  it("terminates for good and disconnects the services", async () => {
    const admin = await createUser({ staffRole: "ADMIN" });
    const { account } = await createAccount();
    const service = await db.service.create({
      data: { code: `L-${account.id}`, category: "CLOUD", nameRu: "С", nameKk: "С", nameEn: "S", descriptionRu: "-", descriptionKk: "-", descriptionEn: "-" },
    });
    const tariff = await db.tariff.create({
      data: { serviceId: service.id, code: `L-${account.id}`, nameRu: "Т", nameKk: "Т", nameEn: "T", unit: "VM", monthlyPrice: 100 },
    });
    await db.subscription.create({ data: { accountId: account.id, tariffId: tariff.id } });
    await changeAccountStatus(admin, { accountId: account.id, operation: "TERMINATE", reason: "Расторжение по заявлению абонента" });
    expect(await db.subscription.count({ where: { accountId: account.id, status: "DISCONNECTED", endedAt: { not: null } } })).toBe(1);
    await expect(changeAccountStatus(admin, { accountId: account.id, operation: "RESUME", reason: "" })).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("blocks one person: their sessions end and they and the owner are told", async () => {
    const admin = await createUser({ staffRole: "ADMIN" });
    const { account, owner } = await createAccount();
    const member = await createUser();
    await db.membership.create({ data: { userId: member.id, accountId: account.id, role: "MEMBER" } });
    await db.session.create({ data: { userId: member.id, expiresAt: new Date(clock.nowMs() + 3600_000) } });
    await changeUserStatus(admin, { userId: member.id, operation: "BLOCK", reason: "Попытка доступа к чужому кабинету" });
    expect(await db.user.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({
      status: "BLOCKED",
      statusReason: "Попытка доступа к чужому кабинету",
    });
    expect(await db.session.count({ where: { userId: member.id, revokedAt: null } })).toBe(0);
    await deliverQueuedMail();
    expect(await db.outboxEmail.findFirst({ where: { to: member.email, template: "staff-userBlocked" } })).not.toBeNull();
    await deliverQueuedMail();
    expect(await db.outboxEmail.findFirst({ where: { to: owner.email, template: "staff-memberBlocked" } })).not.toBeNull();
    await changeUserStatus(admin, { userId: member.id, operation: "UNBLOCK", reason: "" });
    expect(await db.user.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ status: "ACTIVE", statusReason: null });
  });

  it("refuses a destructive change without a reason even when called past the schema", async () => {
    const admin = await createUser({ staffRole: "ADMIN" });
    const { account } = await createAccount();
    const member = await createUser();
    await db.membership.create({ data: { userId: member.id, accountId: account.id, role: "MEMBER" } });
    const noReason = { code: "VALIDATION", fieldErrors: { reason: "staff.validation.reason" } };
    for (const operation of ["SUSPEND", "TERMINATE", "BLOCK"] as const) {
      await expect(changeAccountStatus(admin, { accountId: account.id, operation, reason: "  " })).rejects.toMatchObject(noReason);
    }
    await expect(changeUserStatus(admin, { userId: member.id, operation: "BLOCK" })).rejects.toMatchObject(noReason);
    expect(await db.account.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ status: "ACTIVE" });
    expect(await db.user.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ status: "ACTIVE" });
    expect(await db.auditLog.count({ where: { actorId: admin.id } })).toBe(0);
  });

  it("will not block staff", async () => {
    const admin = await createUser({ staffRole: "ADMIN" });
    const support = await createUser({ staffRole: "SUPPORT" });
    await expect(changeUserStatus(admin, { userId: support.id, operation: "BLOCK", reason: "Проверка блокировки" })).rejects.toMatchObject({
      code: "VALIDATION",
    });
  });
});
