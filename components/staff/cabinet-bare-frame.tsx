import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { TAuth } from "@/lib/auth/session";
import { ImpersonationBanner } from "@/components/layout/impersonation-banner";
import { StopImpersonationButton } from "@/components/layout/stop-impersonation-button";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { LogoutButton } from "@/components/layout/logout-button";
import { ReadOnlyNote } from "@/components/layout/read-only-context";
import { clock } from "@/lib/clock";

// The frame of the cabinet's screens that stand before everything else (a changed
// agreement, a closed account): no menu leading to sections the person cannot use yet.
export async function CabinetBareFrame({ auth, children }: { auth: TAuth; children: React.ReactNode }) {
  const t = await getTranslations("common");
  return (
    <div className="flex min-h-dvh flex-col">
      <ImpersonationBanner auth={auth}>
        <StopImpersonationButton />
      </ImpersonationBanner>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex h-14 max-w-4xl items-center gap-3 px-4">
          <span className="flex items-center gap-2 font-semibold text-brand-700">
            <span aria-hidden className="grid size-8 place-items-center rounded-lg bg-brand-600 text-sm text-white">K</span>
            <span className="hidden sm:inline">{t("provider")}</span>
          </span>
          <div className="ml-auto flex items-center gap-3">
            <LanguageSwitcher />
            <span className="hidden text-sm text-slate-600 md:inline" data-testid="user-name">
              {auth.user.name}
            </span>
            <LogoutButton />
          </div>
        </div>
        <ReadOnlyNote />
      </header>
      <main id="main" className="mx-auto w-full max-w-4xl flex-1 px-4 py-6">
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-white py-4 text-center text-xs text-slate-500">
        {t("footer", { year: clock.now().getFullYear() })} ·{" "}
        <Link href="/agreement" className="underline">
          {t("agreementLink")}
        </Link>
      </footer>
    </div>
  );
}
