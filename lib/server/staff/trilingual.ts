import "server-only";
import { getTranslations } from "next-intl/server";

// A text stored in the three languages (notices): the same catalogue key rendered in each.
export async function trilingual(namespace: string, key: string, values: Record<string, string> = {}) {
  const [ru, kk, en] = await Promise.all(["ru", "kk", "en"].map((locale) => getTranslations({ locale, namespace })));
  return { ru: ru(key, values), kk: kk(key, values), en: en(key, values) };
}
