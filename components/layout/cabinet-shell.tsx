import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { TCabinet } from "@/lib/auth/cabinet";
import { can, type TAnyPermission } from "@/lib/auth/permissions";
import { countUnreadNotices } from "@/lib/server/notices/count-unread-notices";
import { CABINET_NAV } from "./nav-items";
import { NavList, type TNavItem } from "./nav-list";
import { AccountSwitcher } from "./account-switcher";
import { LanguageSwitcher } from "./language-switcher";
import { LogoutButton } from "./logout-button";
import { ImpersonationBanner } from "./impersonation-banner";
import { StopImpersonationButton } from "./stop-impersonation-button";
import { ReadOnlyNote } from "./read-only-context";
import { MenuButton, MenuPanel, MenuProvider } from "./menu";
import { clock } from "@/lib/clock";

export async function CabinetShell({ cabinet, children }: { cabinet: TCabinet; children: React.ReactNode }) {
  const t = await getTranslations("common");
  const { auth, caller, memberships, current } = cabinet;
  const isAllowed = (permission: TAnyPermission | TAnyPermission[] | null) => !permission || (!!caller && [permission].flat().some((p) => can(caller, p)));
  const items = caller ? CABINET_NAV.filter((item) => isAllowed(item.permission)) : [];
  const unread = caller ? await countUnreadNotices(caller) : 0;
  const accounts = memberships.map((m) => ({ id: m.accountId, label: `${m.account.number} · ${m.account.subscriber.shortName}` }));

  const sections: TNavItem[] = items.map((item) => ({ href: item.href, label: t(`nav.${item.key}`) }));
  const notices = caller && items.some((item) => item.key === "notices") ? { accountId: caller.accountId, unread } : null;
  const personal: TNavItem[] = [
    { href: "/profile", label: t("nav.profile"), isExact: true },
    ...(caller ? [{ href: "/profile/alerts", label: t("nav.alerts") }] : []),
    { href: "/security", label: t("nav.security") },
    ...(auth.actor.staffRole && !auth.impersonation ? [{ href: "/staff", label: t("nav.staff") }] : []),
  ];

  return (
    <MenuProvider>
      <div className="flex min-h-dvh flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
          {t("skipToContent")}
        </a>
        <ImpersonationBanner auth={auth}>
          <StopImpersonationButton />
        </ImpersonationBanner>
        <header className="sticky top-0 z-30 border-b border-slate-200 bg-white">
          <div className="mx-auto flex h-14 max-w-7xl items-center gap-3 px-4">
            <MenuButton label={t("nav.menu")} />
            <Link href="/dashboard" className="flex items-center gap-2 font-semibold text-brand-700">
              <span aria-hidden className="grid size-8 place-items-center rounded-lg bg-brand-600 text-sm text-white">
                K
              </span>
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
          <MenuPanel>
            <NavList label={t("nav.menu")} groups={[sections, personal]} notices={notices} />
          </MenuPanel>
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
    </MenuProvider>
  );
}
