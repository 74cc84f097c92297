import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { getToken } from "next-auth/jwt";
import { db } from "@/lib/db";
import { authSecret } from "@/lib/env";
import { AUTH_USER_SELECT, findSessionWithUser } from "./session-lookup";
import { clock } from "@/lib/clock";

const TOUCH_EVERY_MS = 60_000;

export type TAuth = NonNullable<Awaited<ReturnType<typeof getAuth>>>;

// The signed-in person for this request, checked against the Session row every time: a
// revoked, expired or foreign session, or a user no longer active, is signed out at once.
// While staff impersonate, `user` is the person viewed and `actor` the staff member.
// The token is read straight from the session cookie and decrypted (next-auth's getToken,
// which also checks its expiry): getServerSession would run next-auth's whole session
// handler and encrypt a fresh token that a page cannot set anyway, ≈2 ms a request.
export const getAuth = cache(async () => {
  // headers: {} — a page or an action accepts the cookie only, never a bearer header.
  const jwt = await getToken({ req: { cookies: await cookies(), headers: {} } as never, secret: authSecret() });
  if (typeof jwt?.sid !== "string" || typeof jwt.sub !== "string") return null;
  const now = clock.now();
  const session = await findSessionWithUser(jwt.sid);
  if (!session || session.userId !== jwt.sub || session.revokedAt || session.expiresAt <= now) return null;
  if (session.user.status !== "ACTIVE") return null;

  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }

  // Only a staff session can carry a "view as"; customers' pages skip the lookup.
  const imp =
    session.impersonationId && session.user.staffRole
      ? await db.impersonation.findUnique({ where: { id: session.impersonationId }, include: { targetUser: { select: AUTH_USER_SELECT } } })
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
