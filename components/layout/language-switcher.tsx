"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocale } from "@/lib/actions/set-locale";
import { LOCALES, type TAppLocale } from "@/lib/i18n/config";

export function LanguageSwitcher() {
  const t = useTranslations("common");
  const locale = useLocale();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  return (
    <label className="inline-flex items-center gap-1 text-sm text-slate-600">
      <span className="sr-only">{t("language")}</span>
      <select
        aria-label={t("language")}
        data-testid="language-switcher"
        value={locale}
        disabled={isPending}
        onChange={(event) =>
          startTransition(async () => {
            await setLocale({ locale: event.target.value as TAppLocale });
            router.refresh();
          })
        }
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
      >
        {LOCALES.map((l) => (
          <option key={l} value={l}>
            {t(`languages.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
