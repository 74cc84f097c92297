import { getTranslations } from "next-intl/server";
import type { TAuth } from "@/lib/auth/session";

// Shown on every cabinet page while a staff member views it as a customer.
export async function ImpersonationBanner({ auth, children }: { auth: TAuth; children?: React.ReactNode }) {
  if (!auth.impersonation) return null;
  const t = await getTranslations("staff.impersonation");
  return (
    <div role="status" data-testid="impersonation-banner" className="bg-amber-400 px-4 py-2 text-sm text-amber-950">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-2">
        <span>
          {t("banner", {
            staff: auth.actor.name,
            user: `${auth.user.name} (${auth.user.email})`,
            until: new Intl.DateTimeFormat("ru-KZ", { timeZone: "Asia/Almaty", hour: "2-digit", minute: "2-digit" }).format(auth.impersonation.expiresAt),
          })}
        </span>
        {children}
      </div>
    </div>
  );
}
