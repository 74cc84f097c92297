"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale } from "@/lib/i18n/config";
import { userAction } from "@/lib/safe-action";

// Right after signing in: a browser that never chose a language takes the one stored for
// the person (the one they registered or last chose in), so the cabinet speaks like
// their mail does. A language chosen in this browser is left alone.
export const applyUserLocale = userAction(z.object({}), async (_input, ctx) => {
  const jar = await cookies();
  const chosen = jar.get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return { locale: chosen, isChanged: false };
  const locale = isLocale(ctx.auth.user.locale) ? ctx.auth.user.locale : DEFAULT_LOCALE;
  jar.set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  return { locale, isChanged: true };
});
