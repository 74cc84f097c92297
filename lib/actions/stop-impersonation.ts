"use server";

import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { userAction } from "@/lib/safe-action";
import { clock } from "@/lib/clock";

// Ends the staff member's "view as" and returns the session to their own identity.
export const stopImpersonation = userAction(
  z.object({}),
  async (_input, ctx) => {
    const { impersonation } = ctx.auth;
    if (!impersonation) throw new AppError("BAD_REQUEST", "notFound");
    await db.$transaction([
      db.impersonation.update({ where: { id: impersonation.id }, data: { endedAt: clock.now() } }),
      db.session.update({ where: { id: ctx.auth.sessionId }, data: { impersonationId: null } }),
    ]);
    await ctx.audit({ accountId: impersonation.accountId, action: "impersonation.stop", objectType: "user", objectId: ctx.auth.user.id });
    return { accountId: impersonation.accountId };
  },
  { allowImpersonation: true },
);
