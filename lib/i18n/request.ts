import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale } from "./config";
import { loadMessages } from "./messages";

// No locale in the URL: the cabinet speaks Russian unless the person chose Kazakh or
// English (a cookie, set by the switcher and at sign-in from their profile).
export default getRequestConfig(async ({ locale: explicit }) => {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(explicit) ? explicit : isLocale(fromCookie) ? fromCookie : DEFAULT_LOCALE;
  return { locale, messages: await loadMessages(locale), timeZone: "Asia/Almaty" };
});
