"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { staffResendActivation } from "@/lib/actions/staff-resend-activation";
import { Button } from "@/components/ui/button";

export function ResendActivationButton({ userId }: { userId: string }) {
  const t = useTranslations("staff.card");
  const [state, setState] = useState<"idle" | "pending" | "sent" | "failed">("idle");
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        type="button"
        variant="ghost"
        isLoading={state === "pending"}
        onClick={async () => {
          setState("pending");
          const result = await staffResendActivation({ userId });
          setState(result.ok ? "sent" : "failed");
        }}
      >
        {t("resendActivation")}
      </Button>
      {state === "sent" && <span role="status" className="text-xs text-emerald-700">{t("activationSent")}</span>}
      {state === "failed" && <span role="alert" className="text-xs text-red-700">{t("activationFailed")}</span>}
    </span>
  );
}
