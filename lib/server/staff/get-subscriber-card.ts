import "server-only";
import { db } from "@/lib/db";
import { assertStaff, type TStaffRef } from "./assert-staff";

// Everything support needs to answer a subscriber: requisites, accounts with their
// balance (the sum of the ledger, never a stored number), users, the latest documents,
// requests, audit rows, agreement acceptances, provider access requests, and the latest
// suspensions of the services (the days billed without a fee).
export async function getSubscriberCard(staff: TStaffRef, subscriberId: string) {
  assertStaff(staff, "SUPPORT");
  const subscriber = await db.subscriber.findUnique({
    where: { id: subscriberId },
    include: {
      offerVersion: { select: { version: true } },
      accounts: {
        orderBy: { number: "asc" },
        include: {
          memberships: {
            orderBy: [{ role: "desc" }, { createdAt: "asc" }],
            include: {
              user: {
                select: { id: true, name: true, email: true, login: true, phone: true, status: true, statusReason: true, staffRole: true, lastLoginAt: true },
              },
            },
          },
          accessRequests: { orderBy: { createdAt: "desc" }, take: 10 },
          suspensions: { orderBy: { startedAt: "desc" }, take: 10, select: { id: true, startedAt: true, endedAt: true } },
        },
      },
    },
  });
  if (!subscriber) return null;
  const accountIds = subscriber.accounts.map((a) => a.id);
  const userIds = [...new Set(subscriber.accounts.flatMap((a) => a.memberships.map((m) => m.userId)))];
  const [balances, documents, requests, audit, acceptances] = await Promise.all([
    db.ledgerEntry.groupBy({ by: ["accountId"], where: { accountId: { in: accountIds } }, _sum: { amount: true } }),
    db.document.findMany({
      where: { accountId: { in: accountIds } },
      orderBy: { issuedAt: "desc" },
      take: 12,
      select: { id: true, kind: true, number: true, issuedAt: true, amountGross: true, status: true, account: { select: { number: true } } },
    }),
    db.supportRequest.findMany({
      where: { accountId: { in: accountIds } },
      orderBy: { createdAt: "desc" },
      take: 10,
      select: { id: true, number: true, topic: true, subject: true, status: true, createdAt: true, account: { select: { number: true } } },
    }),
    db.auditLog.findMany({
      where: { accountId: { in: accountIds } },
      orderBy: { createdAt: "desc" },
      take: 50,
      include: { actor: { select: { name: true, staffRole: true } }, subjectUser: { select: { name: true } } },
    }),
    db.agreementAcceptance.findMany({
      where: { userId: { in: userIds } },
      orderBy: { acceptedAt: "desc" },
      take: 30,
      include: { user: { select: { name: true, email: true } }, version: { select: { kind: true, version: true } } },
    }),
  ]);
  const balanceOf = new Map(balances.map((b) => [b.accountId, b._sum.amount ?? 0]));
  return {
    subscriber,
    accounts: subscriber.accounts.map((a) => ({ ...a, balance: balanceOf.get(a.id) ?? 0 })),
    documents,
    requests,
    audit,
    acceptances,
  };
}

export type TSubscriberCard = NonNullable<Awaited<ReturnType<typeof getSubscriberCard>>>;
