import "server-only";
import { db } from "@/lib/db";
import type { TAuth } from "@/lib/auth/session";

// Whether the person's second factor is on, since when, how many recovery codes are left,
// and which of their cabinets require it.
export async function getTotpStatus(auth: TAuth) {
  const userId = auth.user.id;
  const [user, codesLeft, requiredBy] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { totpEnabledAt: true } }),
    db.totpRecoveryCode.count({ where: { userId, usedAt: null } }),
    db.membership.findMany({
      where: { userId, status: "ACTIVE", account: { requireTotp: true } },
      select: { account: { select: { number: true, subscriber: { select: { shortName: true } } } } },
    }),
  ]);
  return {
    isEnabled: !!user.totpEnabledAt,
    enabledAt: user.totpEnabledAt,
    codesLeft,
    requiredBy: requiredBy.map((m) => `${m.account.number} · ${m.account.subscriber.shortName}`),
  };
}
