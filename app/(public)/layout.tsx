import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { ClientMessages } from "@/components/i18n/client-messages";
import { clock } from "@/lib/clock";

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("common");
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex h-14 max-w-5xl items-center justify-between px-4">
          <Link href="/login" className="flex items-center gap-2 font-semibold text-brand-700">
            <span aria-hidden className="grid size-8 place-items-center rounded-lg bg-brand-600 text-sm text-white">K</span>
            <span>
              {t("provider")} · {t("appName")}
            </span>
          </Link>
          <LanguageSwitcher />
        </div>
      </header>
      <main id="main" className="flex flex-1 items-start justify-center px-4 py-8 sm:py-12">
        <ClientMessages paths={["auth", "staff.blockedLogin", "validation", "errors"]}>{children}</ClientMessages>
      </main>
      <footer className="py-4 text-center text-xs text-slate-500">
        {t("footer", { year: clock.now().getFullYear() })} ·{" "}
        <Link href="/agreement" className="underline">
          {t("agreementLink")}
        </Link>
      </footer>
    </div>
  );
}
