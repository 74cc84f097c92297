"use server";

import { cookies } from "next/headers";
import { db } from "@/lib/db";
import { getAuth } from "@/lib/auth/session";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { publicAction } from "@/lib/safe-action";
import { ZSetLocale } from "@/lib/schemas/preferences";

// Anyone may choose a language; a signed-in person's choice is kept for their mail too.
export const setLocale = publicAction(ZSetLocale, async ({ locale }) => {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  const auth = await getAuth();
  if (auth && !auth.impersonation) await db.user.update({ where: { id: auth.user.id }, data: { locale } });
  return { locale };
});
