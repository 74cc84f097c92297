import "server-only";
import { db } from "@/lib/db";
import type { TUserCtx } from "@/lib/safe-action";
import { clock } from "@/lib/clock";

// "Sign out everywhere else": every session of the person but this browser's.
export async function endOtherSessions(_input: unknown, ctx: TUserCtx) {
  const ended = await db.session.updateMany({
    where: { userId: ctx.auth.user.id, revokedAt: null, id: { not: ctx.auth.sessionId }, impersonationId: null },
    data: { revokedAt: clock.now(), revokedReason: "ENDED_BY_USER" },
  });
  await ctx.audit({ action: "session.revoke_others", objectType: "session", details: { count: ended.count } });
  return { count: ended.count };
}
