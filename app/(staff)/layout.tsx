import { Link } from "@/components/ui/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getAuth } from "@/lib/auth/session";
import { recordDenied } from "@/lib/server/audit/record-denied";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { LogoutButton } from "@/components/layout/logout-button";
import { StopImpersonationButton } from "@/components/layout/stop-impersonation-button";
import { ClientMessages } from "@/components/i18n/client-messages";

const NAV = [
  { href: "/staff", key: "search", admin: false },
  { href: "/staff/subscribers/new", key: "register", admin: false },
  { href: "/staff/requests", key: "requests", admin: false },
  { href: "/staff/mail", key: "mail", admin: false },
  { href: "/staff/notices", key: "notices", admin: true },
  { href: "/staff/maintenance", key: "maintenance", admin: true },
  { href: "/staff/billing", key: "billing", admin: true },
  { href: "/staff/agreements", key: "agreements", admin: true },
] as const;

// The provider's console: anyone who is not staff gets a 404, as if it did not exist, and
// the attempt is logged. The pages check the role they need again.
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const auth = await getAuth();
  if (!auth) redirect("/login?next=/staff");
  if (!auth.actor.staffRole) {
    await recordDenied({ actorId: auth.actor.id, userId: auth.user.id, impersonationId: null }, "page:staff");
    notFound();
  }
  const t = await getTranslations("staff");
  const tc = await getTranslations("common");
  const isAdmin = auth.actor.staffRole === "ADMIN";
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b border-slate-800 bg-slate-900 text-white">
        <div className="mx-auto flex min-h-14 max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2">
          <Link href="/staff" className="font-semibold">
            <span className="hidden sm:inline">{tc("provider")} · </span>
            {tc("nav.staff")}
          </Link>
          <span className="ml-auto hidden text-sm text-slate-300 sm:inline" data-testid="staff-name">
            {auth.actor.name} ({t(`roles.${auth.actor.staffRole}`)})
          </span>
          <LanguageSwitcher />
          <LogoutButton className="text-white hover:text-slate-200" />
        </div>
        <nav aria-label={tc("nav.menu")} className="mx-auto flex max-w-7xl gap-1 overflow-x-auto px-4 pb-2 text-sm">
          {NAV.filter((item) => isAdmin || !item.admin).map((item) => (
            <Link key={item.href} href={item.href} className="whitespace-nowrap rounded-md px-3 py-1.5 text-slate-200 hover:bg-slate-800 hover:text-white">
              {t(`nav.${item.key}`)}
            </Link>
          ))}
        </nav>
      </header>
      {auth.impersonation && (
        <div role="status" className="bg-amber-400 px-4 py-2 text-sm text-amber-950" data-testid="staff-impersonation-active">
          <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-2">
            <span>{t("impersonation.activeInConsole", { user: `${auth.user.name} (${auth.user.email})` })}</span>
            <StopImpersonationButton />
          </div>
        </div>
      )}
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        <ClientMessages paths={["staff", "requests", "validation", "errors"]}>{children}</ClientMessages>
      </main>
    </div>
  );
}
