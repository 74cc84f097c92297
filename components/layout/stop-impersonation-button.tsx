"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { stopImpersonation } from "@/lib/actions/stop-impersonation";

export function StopImpersonationButton() {
  const t = useTranslations("staff.impersonation");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  return (
    <button
      type="button"
      data-testid="stop-impersonation"
      disabled={isPending}
      onClick={() =>
        startTransition(async () => {
          await stopImpersonation({});
          router.push("/staff");
          router.refresh();
        })
      }
      className="rounded-md bg-amber-950 px-3 py-1 text-xs font-semibold text-white hover:bg-amber-900"
    >
      {t("stop")}
    </button>
  );
}
