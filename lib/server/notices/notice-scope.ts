import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { clock } from "@/lib/clock";

// The notices an account's member sees: those to everybody, to this account, to the
// accounts that have an active subscription of the notice's service, and the member's own
// alerts in this account (audience USER); published already.
// Two spellings of one rule: a Prisma where for the ORM queries, and an SQL fragment (on
// alias n = "Notice") for the one-statement reads. A test keeps them in step.
export function visibleNoticesWhere(accountId: string, userId: string, now: Date = clock.now()): Prisma.NoticeWhereInput {
  return {
    publishAt: { lte: now },
    OR: [
      { audience: "ALL" },
      { audience: "ACCOUNT", accountId },
      { audience: "USER", accountId, userId },
      {
        audience: "SERVICE",
        service: { tariffs: { some: { subscriptions: { some: { accountId, status: "ACTIVE" } } } } },
      },
    ],
  };
}

export function visibleNoticesSql(accountId: string, userId: string, now: Date = clock.now()): Prisma.Sql {
  return Prisma.sql`n."publishAt" <= ${now}
    AND (
      n."audience" = 'ALL'
      OR (n."audience" = 'ACCOUNT' AND n."accountId" = ${accountId})
      OR (n."audience" = 'USER' AND n."accountId" = ${accountId} AND n."userId" = ${userId})
      OR (n."audience" = 'SERVICE' AND EXISTS (
        SELECT 1 FROM "Subscription" s JOIN "Tariff" t ON t."id" = s."tariffId"
        WHERE t."serviceId" = n."serviceId" AND s."accountId" = ${accountId} AND s."status" = 'ACTIVE'
      ))
    )`;
}
