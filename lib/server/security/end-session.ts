import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TUserCtx } from "@/lib/safe-action";
import type { TEndSession } from "@/lib/schemas/security";
import { refuse } from "./refuse";
import { clock } from "@/lib/clock";

// Ends one of the person's own sessions: that browser's next request is signed out.
// This browser's own session ends with "Log out" instead.
export async function endSession(input: TEndSession, ctx: TUserCtx) {
  if (input.sessionId === ctx.auth.sessionId) throw refuse("currentSession");
  const ended = await db.session.updateMany({
    where: { id: input.sessionId, userId: ctx.auth.user.id, revokedAt: null },
    data: { revokedAt: clock.now(), revokedReason: "ENDED_BY_USER" },
  });
  if (ended.count !== 1) throw new AppError("NOT_FOUND", "notFound");
  await ctx.audit({ action: "session.revoke", objectType: "session", objectId: input.sessionId });
  return { sessionId: input.sessionId };
}
