import "server-only";
import { db } from "@/lib/db";

// The history of a person's registration data (clause 3.2), newest first, with the name of
// whoever made each change. Only ever called with the signed-in person's own id.
export async function listProfileChanges(userId: string, take = 50) {
  const rows = await db.profileChange.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take });
  const changerIds = [...new Set(rows.map((r) => r.changedById).filter((id): id is string => !!id && id !== userId))];
  const changers = changerIds.length
    ? await db.user.findMany({ where: { id: { in: changerIds } }, select: { id: true, name: true, staffRole: true } })
    : [];
  const byId = new Map(changers.map((c) => [c.id, c]));
  return rows.map((row) => ({
    id: row.id,
    field: row.field,
    oldValue: row.oldValue,
    newValue: row.newValue,
    ip: row.ip,
    createdAt: row.createdAt,
    isSelf: !row.changedById || row.changedById === userId,
    changedBy: row.changedById && row.changedById !== userId ? (byId.get(row.changedById) ?? null) : null,
  }));
}
