import "server-only";
import { db } from "@/lib/db";
import type { TCaller } from "@/lib/auth/cabinet";
import { assertCan } from "@/lib/auth/guards";

// The owner's view of the provider's access to the cabinet: the consent switch, support's
// requests and every "view as" session, with who viewed whom, when, and the purpose the
// staff member stated when starting it.
export async function listProviderAccess(caller: TCaller) {
  assertCan(caller, "account.manage");
  const [account, requests, sessions] = await Promise.all([
    db.account.findUniqueOrThrow({ where: { id: caller.accountId }, select: { providerAccessConsent: true } }),
    db.providerAccessRequest.findMany({ where: { accountId: caller.accountId }, orderBy: { createdAt: "desc" }, take: 30 }),
    db.impersonation.findMany({
      where: { accountId: caller.accountId },
      orderBy: { startedAt: "desc" },
      take: 30,
      select: {
        id: true,
        reason: true,
        startedAt: true,
        expiresAt: true,
        endedAt: true,
        staff: { select: { name: true } },
        targetUser: { select: { name: true } },
      },
    }),
  ]);
  const staffIds = [...new Set(requests.map((r) => r.staffId))];
  const staff = await db.user.findMany({ where: { id: { in: staffIds } }, select: { id: true, name: true } });
  const nameOf = new Map(staff.map((s) => [s.id, s.name]));
  return {
    isConsentRequired: account.providerAccessConsent,
    requests: requests.map((r) => ({ ...r, staffName: nameOf.get(r.staffId) ?? "—" })),
    sessions,
  };
}
