"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { logOut } from "@/lib/actions/log-out";
import { cn } from "@/components/ui/cn";

export function LogoutButton({ className }: { className?: string }) {
  const t = useTranslations("common.actions");
  const [isPending, setPending] = useState(false);
  return (
    <button
      type="button"
      data-testid="logout"
      disabled={isPending}
      onClick={async () => {
        setPending(true);
        await logOut({});
        await signOut({ callbackUrl: "/login" });
      }}
      className={cn("text-sm font-medium text-slate-700 hover:text-brand-700", className)}
    >
      {t("logout")}
    </button>
  );
}
