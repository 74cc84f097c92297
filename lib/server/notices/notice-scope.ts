import "server-only";
import type { Prisma } from "@/generated/prisma/client";

// The notices an account's members see: those to everybody, to this account, and to the
// accounts that have an active subscription of the notice's service; published already.
export function visibleNoticesWhere(accountId: string, now: Date = new Date()): Prisma.NoticeWhereInput {
  return {
    publishAt: { lte: now },
    OR: [
      { audience: "ALL" },
      { audience: "ACCOUNT", accountId },
      {
        audience: "SERVICE",
        service: { tariffs: { some: { subscriptions: { some: { accountId, status: "ACTIVE" } } } } },
      },
    ],
  };
}
