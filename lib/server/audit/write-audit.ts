import "server-only";
import { db, type Tx } from "@/lib/db";
import type { TRequestMeta } from "@/lib/request-meta";
import type { TAuditAction } from "./audit-actions";

export type TAuditEntry = {
  accountId?: string | null;
  actorId?: string | null;
  subjectUserId?: string | null;
  impersonationId?: string | null;
  action: TAuditAction;
  objectType?: string;
  objectId?: string;
  outcome?: "OK" | "DENIED";
  details?: Record<string, unknown>;
  meta?: TRequestMeta;
};

// One row per operation (clause 4.4.4). Pass `tx` to write it in the same transaction as
// the change it records.
export async function writeAudit(entry: TAuditEntry, tx: Tx | typeof db = db): Promise<void> {
  await tx.auditLog.create({
    data: {
      accountId: entry.accountId ?? null,
      actorId: entry.actorId ?? null,
      subjectUserId: entry.subjectUserId ?? null,
      impersonationId: entry.impersonationId ?? null,
      action: entry.action,
      objectType: entry.objectType,
      objectId: entry.objectId,
      outcome: entry.outcome ?? "OK",
      details: entry.details ? JSON.stringify(entry.details) : null,
      ip: entry.meta?.ip,
      userAgent: entry.meta?.userAgent,
    },
  });
}
