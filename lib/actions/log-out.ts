"use server";

import { z } from "zod";
import { db } from "@/lib/db";
import { userAction } from "@/lib/safe-action";

// Ends this browser's Session row; the client then clears the next-auth cookie.
export const logOut = userAction(
  z.object({}),
  async (_input, ctx) => {
    await db.session.update({
      where: { id: ctx.auth.sessionId },
      data: { revokedAt: new Date(), revokedReason: "LOGOUT" },
    });
    await ctx.audit({ action: "user.logout", objectType: "session", objectId: ctx.auth.sessionId });
    return null;
  },
  { allowImpersonation: true },
);
