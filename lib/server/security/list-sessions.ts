import "server-only";
import { db } from "@/lib/db";
import type { TAuth } from "@/lib/auth/session";
import { clock } from "@/lib/clock";

export type TSessionRow = {
  id: string;
  ip: string | null;
  userAgent: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  isCurrent: boolean;
};

// The person's open sessions (not revoked, not expired), newest activity first. Staff
// "view as" sessions belong to the staff member and are not listed here.
export async function listSessions(auth: TAuth): Promise<TSessionRow[]> {
  const rows = await db.session.findMany({
    where: { userId: auth.user.id, revokedAt: null, expiresAt: { gt: clock.now() }, impersonationId: null },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, ip: true, userAgent: true, createdAt: true, lastSeenAt: true },
    take: 100,
  });
  return rows.map((s) => ({ ...s, isCurrent: s.id === auth.sessionId }));
}
