import { beforeEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { db } from "@/lib/db";
import { parsePermissions } from "@/lib/auth/permissions";
import type { TCaller } from "@/lib/auth/cabinet";
import { actAs } from "@/test/auth";
import { testRequest } from "@/test/setup";
import { addMember, createAccount, createUser } from "@/test/factories";
import { listAudit } from "./list-audit";
import { listAuditFilters } from "./list-audit-filters";
import { parseAuditQuery } from "./audit-query";
import { GET as exportAudit } from "@/app/api/audit/export/route";

const callerOf = (userId: string, accountId: string, role: "OWNER" | "MEMBER" = "OWNER", permissions: string[] = []): TCaller => ({
  userId,
  actorId: userId,
  accountId,
  role,
  permissions: parsePermissions(JSON.stringify(permissions)),
  impersonationId: null,
});

async function seedLog() {
  const { account, owner, subscriber } = await createAccount();
  const member = await addMember(account.id, ["documents.read"]);
  const staff = await createUser({ staffRole: "SUPPORT", name: "Сотрудник Поддержки" });
  const { account: other } = await createAccount();
  const at = (iso: string) => new Date(iso);
  await db.auditLog.createMany({
    data: [
      { accountId: account.id, actorId: owner.id, action: "membership.grants_update", objectType: "user", objectId: member.id, ip: "10.1.1.1", details: '{"before":[],"after":["documents.read"]}', createdAt: at("2026-03-01T04:00:00Z") },
      { accountId: account.id, actorId: member.id, action: "document.download", objectType: "document", objectId: "doc-1", ip: "10.1.1.2", createdAt: at("2026-03-02T19:30:00Z") },
      { accountId: account.id, actorId: staff.id, subjectUserId: owner.id, action: "document.download", objectType: "document", objectId: "doc-2", createdAt: at("2026-03-03T10:00:00Z") },
      { accountId: account.id, actorId: member.id, action: "service.something_new", createdAt: at("2026-03-04T10:00:00Z") },
      { accountId: other.id, actorId: owner.id, action: "document.download", objectType: "document", objectId: "foreign", createdAt: at("2026-03-02T10:00:00Z") },
    ],
  });
  return { account, owner, member, staff, subscriber };
}

describe("the audit log", () => {
  beforeEach(() => {
    actAs(null);
    testRequest.cookies.clear();
  });

  it("shows only the caller's account, newest first, with provider access marked and people named", async () => {
    const { account, owner, member, staff } = await seedLog();
    const log = await listAudit(callerOf(owner.id, account.id), {});
    expect(log.total).toBe(4);
    expect(log.rows.map((r) => r.action)).toEqual(["service.something_new", "document.download", "document.download", "membership.grants_update"]);
    expect(log.rows.some((r) => r.objectId === "foreign")).toBe(false);
    const viaStaff = log.rows.find((r) => r.objectId === "doc-2")!;
    expect(viaStaff).toMatchObject({ isProviderAccess: true, actor: { id: staff.id }, subjectUser: { id: owner.id } });
    const grants = log.rows.find((r) => r.action === "membership.grants_update")!;
    expect(grants.objectLabel).toContain(member.email);
    expect(grants.details).toEqual({ before: [], after: ["documents.read"] });
  });

  it("filters by user (actor or person acted for), action and period in Asia/Almaty", async () => {
    const { account, owner, member } = await seedLog();
    const caller = callerOf(owner.id, account.id);
    expect((await listAudit(caller, { user: member.id })).total).toBe(2);
    expect((await listAudit(caller, { user: owner.id })).total).toBe(2); // own row + the staff row on their behalf
    expect((await listAudit(caller, { action: "document.download" })).total).toBe(2);
    // 2026-03-02T19:30Z is 2026-03-03 00:30 in Almaty.
    expect((await listAudit(caller, { from: "2026-03-03", to: "2026-03-03" })).rows.map((r) => r.objectId).sort()).toEqual(["doc-1", "doc-2"]);
    expect((await listAudit(caller, { to: "2026-03-01" })).total).toBe(1);
    const filters = await listAuditFilters(caller);
    expect(filters.actions).toEqual(["document.download", "membership.grants_update", "service.something_new"]);
    expect(filters.people).toHaveLength(3);
  });

  it("paginates", async () => {
    const { account, owner } = await createAccount();
    await db.auditLog.createMany({ data: Array.from({ length: 7 }, (_, i) => ({ accountId: account.id, actorId: owner.id, action: "x.y", objectId: String(i) })) });
    const caller = callerOf(owner.id, account.id);
    const page2 = await listAudit(caller, { page: 2 }, { pageSize: 5 });
    expect(page2).toMatchObject({ total: 7, page: 2, pages: 2 });
    expect(page2.rows).toHaveLength(2);
  });

  it("is refused to a member, whatever their grants", async () => {
    const { account } = await createAccount();
    const member = await addMember(account.id, ["finance.read", "documents.read"]);
    await expect(listAudit(callerOf(member.id, account.id, "MEMBER", ["finance.read", "documents.read"]), {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listAuditFilters(callerOf(member.id, account.id, "MEMBER"), )).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("reads its filters from the URL, dropping anything malformed", () => {
    expect(parseAuditQuery(new URLSearchParams("user=abc&action=document.download&from=2026-03-01&to=nope&page=-2"))).toEqual({
      user: "abc",
      action: "document.download",
      from: "2026-03-01",
      to: undefined,
      page: undefined,
    });
  });
});

describe("the audit CSV export", () => {
  beforeEach(() => {
    actAs(null);
    testRequest.cookies.clear();
  });

  const get = (query = "") => exportAudit(new NextRequest(`http://localhost/api/audit/export${query}`));

  it("gives the owner the filtered log as CSV and records the export", async () => {
    const { account, owner } = await seedLog();
    actAs(owner);
    testRequest.cookies.set("cabinet_account", account.id);
    const response = await get("?action=document.download");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("content-disposition")).toContain(`audit-${account.number}`);
    const csv = await response.text();
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain("Время (Астана)");
    expect(csv).toContain("Скачивание документа");
    expect(csv).toContain("2026-03-03 15:00:00"); // 10:00Z is 15:00 in Almaty
    expect(csv).not.toContain("foreign");
    expect(await db.auditLog.count({ where: { accountId: account.id, action: "audit.export", actorId: owner.id } })).toBe(1);
  });

  it("refuses a member (logged), a signed-out visitor, and never shows another account's log", async () => {
    const { account, member, owner } = await seedLog();
    actAs(member);
    testRequest.cookies.set("cabinet_account", account.id);
    expect((await get()).status).toBe(403);
    expect(await db.auditLog.count({ where: { actorId: member.id, action: "access.denied", objectType: "export:audit.read" } })).toBe(1);

    actAs(null);
    expect((await get()).status).toBe(401);

    // The owner of another account naming this one in the cookie gets their own log only.
    const { owner: stranger, account: strangers } = await createAccount();
    actAs(stranger);
    const response = await get();
    expect(response.status).toBe(200);
    const csv = await response.text();
    expect(csv).not.toContain(owner.email);
    expect(csv).not.toContain(account.number);
    expect(response.headers.get("content-disposition")).toContain(strangers.number);
  });
});
