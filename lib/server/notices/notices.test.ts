import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/auth";
import { addMember, createAccount, createUser } from "@/test/factories";
import { callerFor } from "@/test/cabinet";
import { markNoticeRead as markNoticeReadAction } from "@/lib/actions/mark-notice-read";
import { markAllNoticesRead as markAllAction } from "@/lib/actions/mark-all-notices-read";
import { getNoticeDigest } from "./get-notice-digest";
import { countUnreadNotices } from "./count-unread-notices";
import { listNotices } from "./list-notices";
import { markNoticeRead } from "./mark-notice-read";
import { visibleNoticesWhere } from "./notice-scope";
import { clock } from "@/lib/clock";

const text = (title: string) => ({ titleRu: title, titleKk: title, titleEn: title, bodyRu: title, bodyKk: title, bodyEn: title });

// An account with a service subscription, and notices to it, to another account, to the
// service's subscribers, to another service, and one scheduled for later.
async function setup() {
  const { account, owner } = await createAccount();
  const suffix = Math.random().toString(36).slice(2, 8);
  const service = await db.service.create({
    data: { code: `SVC-${suffix}`, category: "CLOUD", nameRu: "S", nameKk: "S", nameEn: "S", descriptionRu: "-", descriptionKk: "-", descriptionEn: "-" },
  });
  const otherService = await db.service.create({
    data: { code: `SVC2-${suffix}`, category: "CLOUD", nameRu: "S2", nameKk: "S2", nameEn: "S2", descriptionRu: "-", descriptionKk: "-", descriptionEn: "-" },
  });
  const tariff = await db.tariff.create({ data: { serviceId: service.id, code: `T-${suffix}`, nameRu: "T", nameKk: "T", nameEn: "T", unit: "VM", monthlyPrice: 100 } });
  await db.subscription.create({ data: { accountId: account.id, tariffId: tariff.id } });
  const other = await createAccount();
  const mine = await db.notice.create({ data: { audience: "ACCOUNT", accountId: account.id, severity: "WARNING", publishAt: new Date("2026-11-01T00:00:00Z"), ...text(`mine ${suffix}`) } });
  const theirs = await db.notice.create({ data: { audience: "ACCOUNT", accountId: other.account.id, publishAt: new Date("2026-11-02T00:00:00Z"), ...text(`theirs ${suffix}`) } });
  const forService = await db.notice.create({ data: { audience: "SERVICE", serviceId: service.id, severity: "CRITICAL", publishAt: new Date("2026-11-03T00:00:00Z"), ...text(`service ${suffix}`) } });
  const forOtherService = await db.notice.create({ data: { audience: "SERVICE", serviceId: otherService.id, publishAt: new Date("2026-11-04T00:00:00Z"), ...text(`other service ${suffix}`) } });
  const later = await db.notice.create({ data: { audience: "ACCOUNT", accountId: account.id, publishAt: new Date(clock.nowMs() + 86_400_000), ...text(`later ${suffix}`) } });
  return { account, owner, other, mine, theirs, forService, forOtherService, later };
}

describe("notices", () => {
  beforeEach(() => actAs(null));

  it("show the account's own, its services' and everybody's notices, never another account's or a future one", async () => {
    const s = await setup();
    const caller = callerFor(s.owner, s.account.id);
    const ids = (await listNotices(caller, { page: 1 })).rows.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining([s.mine.id, s.forService.id]));
    for (const hidden of [s.theirs.id, s.forOtherService.id, s.later.id]) expect(ids).not.toContain(hidden);
    const digest = await getNoticeDigest(caller);
    expect(digest.latest.map((n) => n.id)).not.toContain(s.theirs.id);
    // The one-statement digest agrees with the Prisma scope it mirrors.
    const unreadByPrisma = await db.notice.count({ where: { ...visibleNoticesWhere(s.account.id, s.owner.id), reads: { none: { userId: s.owner.id } } } });
    expect(digest.unread).toBe(unreadByPrisma);
  });

  it("mark one and all read per user; the shell count follows", async () => {
    const s = await setup();
    const member = await addMember(s.account.id, ["notices.read"]);
    const ownerCaller = callerFor(s.owner, s.account.id);
    const before = await countUnreadNotices(ownerCaller);
    expect(before).toBeGreaterThanOrEqual(2);
    actAs(s.owner);
    expect(await markNoticeReadAction({ accountId: s.account.id, noticeId: s.mine.id })).toMatchObject({ ok: true });
    expect(await markNoticeReadAction({ accountId: s.account.id, noticeId: s.mine.id })).toMatchObject({ ok: true }); // idempotent
    expect(await countUnreadNotices(ownerCaller)).toBe(before - 1);
    const row = (await listNotices(ownerCaller, { page: 1 })).rows.find((n) => n.id === s.mine.id);
    expect(row?.readAt).toBeInstanceOf(Date);
    expect((await listNotices(ownerCaller, { page: 1, unread: "1" })).rows.map((n) => n.id)).not.toContain(s.mine.id);
    // Another user of the same account still has it unread.
    expect((await listNotices(callerFor(member, s.account.id, "MEMBER", ["notices.read"]), { page: 1, unread: "1" })).rows.map((n) => n.id)).toContain(s.mine.id);

    const all = await markAllAction({ accountId: s.account.id });
    expect(all.ok && all.data.count).toBeGreaterThanOrEqual(1);
    expect(await countUnreadNotices(ownerCaller)).toBe(0);
    expect(await db.auditLog.count({ where: { actorId: s.owner.id, action: { in: ["notice.read", "notice.read_all"] } } })).toBe(3);
  });

  it("refuse another account's notice, a member without notices.read and staff impersonating", async () => {
    const s = await setup();
    await expect(markNoticeRead(callerFor(s.owner, s.account.id), s.theirs.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    actAs(s.owner);
    expect(await markNoticeReadAction({ accountId: s.account.id, noticeId: s.theirs.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.noticeRead.count({ where: { noticeId: s.theirs.id } })).toBe(0);

    const accountant = await addMember(s.account.id, ["finance.read"]);
    const noGrant = callerFor(accountant, s.account.id, "MEMBER", ["finance.read"]);
    expect(await countUnreadNotices(noGrant)).toBe(0);
    await expect(listNotices(noGrant, { page: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getNoticeDigest(noGrant)).rejects.toMatchObject({ code: "FORBIDDEN" });
    actAs(accountant);
    expect(await markAllAction({ accountId: s.account.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(await createUser());
    expect(await markAllAction({ accountId: s.account.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });

    const staff = await createUser({ staffRole: "SUPPORT" });
    actAs(s.owner, { actor: staff, impersonation: { id: "imp-notices", accountId: s.account.id } });
    expect(await markNoticeReadAction({ accountId: s.account.id, noticeId: s.mine.id })).toMatchObject({ ok: false, code: "READ_ONLY" });
  });
});
