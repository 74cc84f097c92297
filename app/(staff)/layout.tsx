import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/guards";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { LogoutButton } from "@/components/layout/logout-button";

// The provider's console: anyone who is not staff gets a 404, as if it did not exist.
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const auth = await requireStaff();
  const t = await getTranslations("common");
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b border-slate-800 bg-slate-900 text-white">
        <div className="mx-auto flex h-14 max-w-7xl items-center gap-4 px-4">
          <Link href="/staff" className="font-semibold">
            {t("provider")} · {t("nav.staff")}
          </Link>
          <span className="ml-auto hidden text-sm text-slate-300 sm:inline" data-testid="staff-name">
            {auth.actor.name} ({auth.actor.staffRole})
          </span>
          <LanguageSwitcher />
          <LogoutButton className="text-white hover:text-slate-200" />
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        {children}
      </main>
    </div>
  );
}
