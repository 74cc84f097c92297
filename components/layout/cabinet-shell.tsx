import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TCabinet } from "@/lib/auth/cabinet";
import { can, type TAnyPermission } from "@/lib/auth/permissions";
import { countUnreadNotices } from "@/lib/server/notices/count-unread-notices";
import { CABINET_NAV } from "./nav-items";
import { NavLink } from "./nav-link";
import { AccountSwitcher } from "./account-switcher";
import { LanguageSwitcher } from "./language-switcher";
import { LogoutButton } from "./logout-button";
import { ImpersonationBanner } from "./impersonation-banner";
import { StopImpersonationButton } from "./stop-impersonation-button";
import { ReadOnlyNote } from "./read-only-context";
import { clock } from "@/lib/clock";

export async function CabinetShell({ cabinet, children }: { cabinet: TCabinet; children: React.ReactNode }) {
  const t = await getTranslations("common");
  const { auth, caller, memberships, current } = cabinet;
  const isAllowed = (permission: TAnyPermission | TAnyPermission[] | null) =>
    !permission || (!!caller && [permission].flat().some((p) => can(caller, p)));
  const items = caller ? CABINET_NAV.filter((item) => isAllowed(item.permission)) : [];
  const unread = caller ? await countUnreadNotices(caller) : 0;
  const accounts = memberships.map((m) => ({ id: m.accountId, label: `${m.account.number} · ${m.account.subscriber.shortName}` }));

  const nav = (
    <nav aria-label={t("nav.menu")} className="space-y-1">
      {items.map((item) => (
        <NavLink key={item.href} href={item.href} badge={item.key === "notices" ? unread : undefined}>
          {t(`nav.${item.key}`)}
        </NavLink>
      ))}
      <div className="my-2 border-t border-slate-200" />
      <NavLink href="/profile" isExact>
        {t("nav.profile")}
      </NavLink>
      {caller && <NavLink href="/profile/alerts">{t("nav.alerts")}</NavLink>}
      <NavLink href="/security">{t("nav.security")}</NavLink>
      {auth.actor.staffRole && !auth.impersonation && <NavLink href="/staff">{t("nav.staff")}</NavLink>}
    </nav>
  );

  return (
    <div className="flex min-h-dvh flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
        {t("skipToContent")}
      </a>
      <ImpersonationBanner auth={auth}>
        <StopImpersonationButton />
      </ImpersonationBanner>
      <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur">
        <div className="mx-auto flex h-14 max-w-7xl items-center gap-3 px-4">
          <details className="relative lg:hidden">
            <summary className="flex size-10 cursor-pointer list-none items-center justify-center rounded-lg hover:bg-slate-100" aria-label={t("nav.menu")}>
              <svg aria-hidden viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth="2">
                <path d="M4 6h16M4 12h16M4 18h16" />
              </svg>
            </summary>
            <div className="absolute left-0 top-12 w-72 rounded-xl bg-white p-3 shadow-lg ring-1 ring-slate-200">{nav}</div>
          </details>
          <Link href="/dashboard" className="flex items-center gap-2 font-semibold text-brand-700">
            <span aria-hidden className="grid size-8 place-items-center rounded-lg bg-brand-600 text-sm text-white">K</span>
            <span className="sr-only sm:not-sr-only">{t("provider")}</span>
          </Link>
          <div className="ml-auto flex min-w-0 items-center gap-3">
            {current && <AccountSwitcher accounts={accounts} currentId={current.accountId} />}
            <LanguageSwitcher />
            <span className="hidden text-sm text-slate-600 md:inline" data-testid="user-name">
              {auth.user.name}
            </span>
            <LogoutButton />
          </div>
        </div>
        <ReadOnlyNote />
      </header>
      <div className="mx-auto flex w-full max-w-7xl flex-1 gap-6 px-4 py-6">
        <aside className="hidden w-56 shrink-0 lg:block">{nav}</aside>
        <main id="main" className="min-w-0 flex-1">
          {children}
        </main>
      </div>
      <footer className="border-t border-slate-200 bg-white py-4 text-center text-xs text-slate-500">
        {t("footer", { year: clock.now().getFullYear() })} ·{" "}
        <Link href="/agreement" className="underline">
          {t("agreementLink")}
        </Link>
      </footer>
    </div>
  );
}
