import "server-only";
import type { TCaller } from "@/lib/auth/cabinet";
import { getRequestMeta } from "@/lib/request-meta";
import { writeAudit } from "./write-audit";

// Every refused access attempt is logged: who tried what, in which account, from where.
export async function recordDenied(
  caller: Pick<TCaller, "actorId" | "userId" | "impersonationId"> & { accountId?: string | null },
  what: string,
  details?: Record<string, unknown>,
): Promise<void> {
  await writeAudit({
    accountId: caller.accountId ?? null,
    actorId: caller.actorId,
    subjectUserId: caller.userId !== caller.actorId ? caller.userId : null,
    impersonationId: caller.impersonationId,
    action: "access.denied",
    objectType: what,
    outcome: "DENIED",
    details,
    meta: await getRequestMeta(),
  });
}
