import { authState } from "./setup";
import { clock } from "@/lib/clock";

type TUserRow = { id: string; name: string; email: string; staffRole?: string | null };

// Makes the code under test see `user` as signed in (and, optionally, a staff member
// impersonating them). Returns the auth object getAuth() will return.
export function actAs(user: TUserRow | null, options: { actor?: TUserRow; impersonation?: { id: string; accountId: string } } = {}) {
  if (!user) {
    authState.current = null;
    return null;
  }
  const actor = options.actor ?? user;
  const auth = {
    sessionId: `test-session-${actor.id}`,
    actor,
    user,
    impersonation: options.impersonation
      ? { ...options.impersonation, expiresAt: new Date(clock.nowMs() + 30 * 60_000), target: user }
      : null,
    staffRole: (actor.staffRole ?? null) as "SUPPORT" | "ADMIN" | null,
  };
  authState.current = auth;
  return auth;
}
