import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/guards";
import type { TCaller } from "@/lib/auth/cabinet";

// The choices of the audit log's filters: the people who appear in this cabinet's log
// (members, former members, provider staff) and the actions recorded in it.
export async function listAuditFilters(caller: TCaller) {
  assertCan(caller, "audit.read");
  const [actors, actions] = await Promise.all([
    db.auditLog.findMany({
      where: { accountId: caller.accountId, actorId: { not: null } },
      distinct: ["actorId"],
      select: { actor: { select: { id: true, name: true, email: true, staffRole: true } } },
    }),
    db.auditLog.findMany({ where: { accountId: caller.accountId }, distinct: ["action"], select: { action: true } }),
  ]);
  return {
    people: actors
      .flatMap((a) => (a.actor ? [a.actor] : []))
      .sort((a, b) => a.name.localeCompare(b.name, "ru")),
    actions: actions.map((a) => a.action).sort(),
  };
}
