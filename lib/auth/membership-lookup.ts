import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { readRaw } from "@/lib/db";

export type TCabinetMembership = {
  id: string;
  accountId: string;
  role: string;
  permissions: string;
  createdAt: Date;
  account: {
    id: string;
    number: string;
    status: string;
    statusReason: string | null;
    billingMethod: string;
    creditLimit: number;
    requireTotp: boolean;
    providerAccessConsent: boolean;
    subscriber: { name: string; shortName: string; kind: string; contractNumber: string; contractDate: Date };
  };
};

type TRow = Omit<TCabinetMembership, "account"> & {
  accountNumber: string;
  accountStatus: string;
  accountStatusReason: string | null;
  billingMethod: string;
  creditLimit: number;
  requireTotp: boolean;
  providerAccessConsent: boolean;
  subscriberName: string;
  subscriberShortName: string;
  subscriberKind: string;
  contractNumber: string;
  contractDate: Date;
};

// A person's ACTIVE memberships with their accounts and subscribers, oldest first, in ONE
// statement: it runs on every cabinet request, where the ORM's nested include would send
// three. `onlyAccountId` narrows it to one account (a staff member's "view as").
// lookups.test.ts keeps it equal to the ORM's answer.
export async function findActiveMemberships(userId: string, onlyAccountId?: string): Promise<TCabinetMembership[]> {
  const rows = await readRaw<TRow[]>(Prisma.sql`
    SELECT m."id", m."accountId", m."role", m."permissions", m."createdAt",
           a."number" AS "accountNumber", a."status" AS "accountStatus", a."statusReason" AS "accountStatusReason",
           a."billingMethod", a."creditLimit", a."requireTotp", a."providerAccessConsent",
           s."name" AS "subscriberName", s."shortName" AS "subscriberShortName", s."kind" AS "subscriberKind",
           s."contractNumber", s."contractDate"
    FROM "Membership" m
    JOIN "Account" a ON a."id" = m."accountId"
    JOIN "Subscriber" s ON s."id" = a."subscriberId"
    WHERE m."userId" = ${userId} AND m."status" = 'ACTIVE' ${onlyAccountId ? Prisma.sql`AND m."accountId" = ${onlyAccountId}` : Prisma.empty}
    ORDER BY m."createdAt" ASC, m."id" ASC`);
  return rows.map((r) => ({
    id: r.id,
    accountId: r.accountId,
    role: r.role,
    permissions: r.permissions,
    createdAt: r.createdAt,
    account: {
      id: r.accountId,
      number: r.accountNumber,
      status: r.accountStatus,
      statusReason: r.accountStatusReason,
      billingMethod: r.billingMethod,
      creditLimit: Number(r.creditLimit),
      requireTotp: Boolean(r.requireTotp),
      providerAccessConsent: Boolean(r.providerAccessConsent),
      subscriber: {
        name: r.subscriberName,
        shortName: r.subscriberShortName,
        kind: r.subscriberKind,
        contractNumber: r.contractNumber,
        contractDate: r.contractDate,
      },
    },
  }));
}
