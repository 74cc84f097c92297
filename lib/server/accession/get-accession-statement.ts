import "server-only";
import { db } from "@/lib/db";
import type { TCaller } from "@/lib/auth/cabinet";
import { assertCan } from "@/lib/auth/guards";
import type { TAcceptedDraftData } from "./accepted-snapshot";

export type TAccessionStatement = NonNullable<Awaited<ReturnType<typeof getAccessionStatement>>>;

// The statement of accession of the caller's own subscriber: the cabinet owner only (it
// holds the full requisites), and only when `subscriberId` is the subscriber of the
// caller's account. Printed from what was accepted, frozen in the completed draft.
export async function getAccessionStatement(caller: TCaller, subscriberId: string) {
  assertCan(caller, "account.manage");
  const account = await db.account.findFirst({
    where: { id: caller.accountId, subscriberId },
    select: { id: true, number: true, billingMethod: true, creditLimit: true, subscriber: { select: { contractDate: true } } },
  });
  if (!account) return null;
  const draft = await db.accessionDraft.findFirst({ where: { subscriberId, completedAt: { not: null } } });
  if (!draft) return null;
  let data: TAcceptedDraftData;
  try {
    data = JSON.parse(draft.data) as TAcceptedDraftData;
  } catch {
    return null;
  }
  if (!data.accepted) return null;
  return {
    subscriberId,
    contractDate: account.subscriber.contractDate,
    billingMethod: account.billingMethod,
    creditLimit: account.creditLimit,
    ...data,
  };
}
