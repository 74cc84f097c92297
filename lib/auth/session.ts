import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db";
import { authOptions } from "./options";

const TOUCH_EVERY_MS = 60_000;

export type TAuth = NonNullable<Awaited<ReturnType<typeof getAuth>>>;

// The signed-in person for this request, checked against the Session row every time: a
// revoked, expired or foreign session, or a user no longer active, is signed out at once.
// While staff impersonate, `user` is the person viewed and `actor` the staff member.
export const getAuth = cache(async () => {
  const jwt = (await getServerSession(authOptions)) as { sid?: string; userId?: string } | null;
  if (!jwt?.sid) return null;
  const now = new Date();
  const session = await db.session.findUnique({ where: { id: jwt.sid }, include: { user: true } });
  if (!session || session.userId !== jwt.userId || session.revokedAt || session.expiresAt <= now) return null;
  if (session.user.status !== "ACTIVE") return null;

  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }

  // Only a staff session can carry a "view as"; customers' pages skip the lookup.
  const imp =
    session.impersonationId && session.user.staffRole
      ? await db.impersonation.findUnique({ where: { id: session.impersonationId }, include: { targetUser: true } })
      : null;
  const impersonation =
    imp && !imp.endedAt && imp.expiresAt > now && session.user.staffRole
      ? { id: imp.id, accountId: imp.accountId, expiresAt: imp.expiresAt, target: imp.targetUser }
      : null;

  return {
    sessionId: session.id,
    actor: session.user,
    user: impersonation ? impersonation.target : session.user,
    impersonation,
    staffRole: session.user.staffRole as "SUPPORT" | "ADMIN" | null,
  };
});
