import "server-only";
import { db } from "@/lib/db";
import type { TAuth } from "@/lib/auth/session";
import type { TRequestMeta } from "@/lib/request-meta";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { clock } from "@/lib/clock";

const SAME_VIEW_MS = 2000;

// One audit row per page a staff member views while impersonating, on the viewed account
// with the staff member as actor and the viewed person as subject: the owner reads them
// in the cabinet's log as provider access. The layout records full page loads, the client
// tracker the in-app navigations; the same page reported twice in a row within two
// seconds (both saw one navigation) counts once.
export async function recordImpersonationView(auth: TAuth, path: string, meta?: TRequestMeta): Promise<void> {
  const imp = auth.impersonation;
  if (!imp) return;
  const last = await db.auditLog.findFirst({
    where: { impersonationId: imp.id, action: "impersonation.view" },
    orderBy: { createdAt: "desc" },
    select: { objectId: true, createdAt: true },
  });
  if (last && last.objectId === path && last.createdAt.getTime() > clock.nowMs() - SAME_VIEW_MS) return;
  await writeAudit({
    accountId: imp.accountId,
    actorId: auth.actor.id,
    subjectUserId: auth.user.id,
    impersonationId: imp.id,
    action: "impersonation.view",
    objectType: "page",
    objectId: path,
    details: { path },
    meta,
  });
}
