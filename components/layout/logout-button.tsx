"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { logOut } from "@/lib/actions/log-out";
import { cn } from "@/components/ui/cn";

// The action ends the session and clears its cookie; a full navigation then leaves no
// signed-in page in the browser's memory.
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
        await logOut({}).catch(() => undefined);
        window.location.assign("/login");
      }}
      className={cn("text-sm font-medium text-slate-700 hover:text-brand-700", className)}
    >
      {t("logout")}
    </button>
  );
}
