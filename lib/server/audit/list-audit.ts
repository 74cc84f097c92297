import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/guards";
import type { TCaller } from "@/lib/auth/cabinet";
import { dayEnd, dayStart, type TAuditQuery } from "./audit-query";

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_EXPORT_LIMIT = 10_000;

export type TAuditRow = Awaited<ReturnType<typeof listAudit>>["rows"][number];

// The cabinet's audit log (clause 4.4.4), only the caller's account: who acted, on behalf
// of whom, what, on which object, when and from where. The page and the CSV export both
// read it here. `user` matches the actor or the person acted for.
export async function listAudit(caller: TCaller, query: TAuditQuery, options: { pageSize?: number } = {}) {
  assertCan(caller, "audit.read");
  const pageSize = Math.min(options.pageSize ?? AUDIT_PAGE_SIZE, AUDIT_EXPORT_LIMIT);
  const page = query.page ?? 1;
  const createdAt = {
    ...(query.from ? { gte: dayStart(query.from) } : {}),
    ...(query.to ? { lt: dayEnd(query.to) } : {}),
  };
  const where = {
    accountId: caller.accountId,
    ...(query.action ? { action: query.action } : {}),
    ...(query.user ? { OR: [{ actorId: query.user }, { subjectUserId: query.user }] } : {}),
    ...(query.from || query.to ? { createdAt } : {}),
  };
  const person = { select: { id: true, name: true, email: true, staffRole: true } };
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      include: { actor: person, subjectUser: person },
    }),
    db.auditLog.count({ where }),
  ]);
  // Objects that are people of this cabinet get their names (ids alone say nothing).
  const userIds = [...new Set(rows.filter((r) => r.objectType === "user" && r.objectId).map((r) => r.objectId!))];
  const people = userIds.length
    ? await db.user.findMany({ where: { id: { in: userIds }, memberships: { some: { accountId: caller.accountId } } }, select: { id: true, name: true, email: true } })
    : [];
  const names = new Map(people.map((p) => [p.id, `${p.name} (${p.email})`]));
  return {
    rows: rows.map((r) => ({
      ...r,
      details: r.details ? (JSON.parse(r.details) as Record<string, unknown>) : null,
      objectLabel: r.objectType === "user" && r.objectId ? (names.get(r.objectId) ?? null) : null,
      isProviderAccess: !!r.actor?.staffRole && !!r.subjectUserId,
    })),
    total,
    page,
    pages: Math.max(1, Math.ceil(total / pageSize)),
  };
}
