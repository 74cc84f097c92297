import "server-only";
import type { TCaller } from "@/lib/auth/cabinet";
import { getRequestMeta } from "@/lib/request-meta";
import { writeAudit, type TAuditEntry } from "./write-audit";

type TAuditCaller = Pick<TCaller, "actorId" | "userId" | "impersonationId"> & { accountId?: string | null };

// What a request's caller did, with who they are (the staff member viewing as a customer
// is the actor, the customer the subject) and where from: the downloads and exports.
export async function recordCallerAction(
  caller: TAuditCaller,
  entry: Pick<TAuditEntry, "action" | "objectType" | "objectId" | "details" | "outcome">,
): Promise<void> {
  await writeAudit({
    accountId: caller.accountId ?? null,
    actorId: caller.actorId,
    subjectUserId: caller.userId !== caller.actorId ? caller.userId : null,
    impersonationId: caller.impersonationId,
    ...entry,
    meta: await getRequestMeta(),
  });
}

// Every refused access attempt is logged: who tried what, in which account, from where.
export async function recordDenied(caller: TAuditCaller, what: string, details?: Record<string, unknown>): Promise<void> {
  await recordCallerAction(caller, { action: "access.denied", objectType: what, outcome: "DENIED", details });
}
