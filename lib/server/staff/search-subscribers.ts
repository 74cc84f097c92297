import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { caseVariants } from "@/lib/text/case-variants";
import { assertStaff, type TStaffRef } from "./assert-staff";

const LIMIT = 25;

// Subscribers by name, BIN/IIN, contract number, account number, or a user's email or login.
export async function searchSubscribers(staff: TStaffRef, query: string) {
  assertStaff(staff, "SUPPORT");
  const q = query.trim().slice(0, 100);
  if (q.length < 2) return [];
  const compact = q.replace(/\s+/g, "");
  const lower = q.toLowerCase();
  const or: Prisma.SubscriberWhereInput[] = caseVariants(q).flatMap((v) => [{ name: { contains: v } }, { shortName: { contains: v } }]);
  if (/^\d+$/.test(compact)) {
    or.push({ taxId: { startsWith: compact } }, { accounts: { some: { number: { startsWith: compact } } } });
  }
  or.push(
    { contractNumber: { contains: compact.toUpperCase() } },
    { contactEmail: { contains: lower } },
    {
      accounts: {
        some: { memberships: { some: { user: { OR: [{ email: { contains: lower } }, { loginKey: { contains: lower } }] } } } },
      },
    },
  );
  return db.subscriber.findMany({
    where: { OR: or },
    take: LIMIT,
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      shortName: true,
      kind: true,
      taxId: true,
      contractNumber: true,
      accounts: { select: { id: true, number: true, status: true }, orderBy: { number: "asc" } },
    },
  });
}
