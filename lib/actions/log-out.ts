"use server";

import { z } from "zod";
import { db } from "@/lib/db";
import { userAction } from "@/lib/safe-action";
import { clock } from "@/lib/clock";

// Ends this browser's Session row; the client then clears the next-auth cookie.
export const logOut = userAction(
  z.object({}),
  async (_input, ctx) => {
    await db.session.update({
      where: { id: ctx.auth.sessionId },
      data: { revokedAt: clock.now(), revokedReason: "LOGOUT" },
    });
    await ctx.audit({ action: "user.logout", objectType: "session", objectId: ctx.auth.sessionId });
    return null;
  },
  { allowImpersonation: true },
);
