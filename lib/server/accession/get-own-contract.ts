import "server-only";
import { db } from "@/lib/db";

// The contract a person's accession created, while they still own its cabinet (scoped by
// their user id and the OWNER membership): what the done page and a replayed acceptance
// show. Null for anybody else.
export async function getOwnContract(userId: string, subscriberId: string) {
  const membership = await db.membership.findFirst({
    where: { userId, role: "OWNER", account: { subscriberId } },
    orderBy: { createdAt: "asc" },
    include: { account: { select: { id: true, number: true, subscriber: { select: { contractNumber: true, contractDate: true } } } } },
  });
  if (!membership) return null;
  const { account } = membership;
  return {
    subscriberId,
    accountId: account.id,
    accountNumber: account.number,
    contractNumber: account.subscriber.contractNumber,
    contractDate: account.subscriber.contractDate,
  };
}
