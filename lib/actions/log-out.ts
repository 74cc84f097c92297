"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { db } from "@/lib/db";
import { userAction } from "@/lib/safe-action";
import { clock } from "@/lib/clock";

// next-auth's session cookie, under either of its names (the second on HTTPS).
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

const endSession = userAction(
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

// Ends this browser's Session row, then clears the cookie. The cookie goes even when there
// was no live session to end (already revoked elsewhere): it only names this browser's own
// session, so clearing it needs no right.
export const logOut = async (input: Record<string, never>) => {
  const result = await endSession(input);
  const jar = await cookies();
  // A "__Secure-" cookie is only replaced by one that is itself Secure.
  for (const name of SESSION_COOKIES) if (jar.has(name)) jar.set(name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
  return result;
};
