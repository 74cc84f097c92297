import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TCaller } from "@/lib/auth/cabinet";
import { assertCan } from "@/lib/auth/guards";
import { clock } from "@/lib/clock";

type TDecision = { requestId: string; decision: "APPROVE" | "DECLINE" | "REVOKE"; hours?: number };

// The owner's answer to support's request: approve a window of `hours` from now, decline,
// or end an approved window early (which also ends a "view as" in progress).
export async function decideProviderAccess(caller: TCaller, input: TDecision, now: Date = clock.now()) {
  assertCan(caller, "account.manage");
  const request = await db.providerAccessRequest.findFirst({ where: { id: input.requestId, accountId: caller.accountId } });
  if (!request) throw new AppError("NOT_FOUND", "notFound");
  const stale = () => new AppError("CONFLICT", "conflict");
  if (input.decision === "APPROVE") {
    if (request.status !== "PENDING") throw stale();
    if (!input.hours) throw new AppError("VALIDATION", "validation", { fieldErrors: { hours: "validation.choose" } });
    return db.providerAccessRequest.update({
      where: { id: request.id },
      data: { status: "APPROVED", windowStart: now, windowEnd: new Date(now.getTime() + input.hours * 3600_000), decidedById: caller.userId, decidedAt: now },
    });
  }
  if (input.decision === "DECLINE") {
    if (request.status !== "PENDING") throw stale();
    return db.providerAccessRequest.update({
      where: { id: request.id },
      data: { status: "DECLINED", decidedById: caller.userId, decidedAt: now },
    });
  }
  if (request.status !== "APPROVED" || !request.windowEnd || request.windowEnd <= now) throw stale();
  const [updated] = await db.$transaction([
    db.providerAccessRequest.update({ where: { id: request.id }, data: { windowEnd: now } }),
    db.impersonation.updateMany({
      where: { accountId: caller.accountId, staffId: request.staffId, endedAt: null, expiresAt: { gt: now } },
      data: { endedAt: now },
    }),
  ]);
  return updated;
}
