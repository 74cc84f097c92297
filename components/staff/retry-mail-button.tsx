"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { staffRetryMail } from "@/lib/actions/staff-retry-mail";
import { Button } from "@/components/ui/button";

export function RetryMailButton({ jobId }: { jobId: string }) {
  const t = useTranslations("staff.outbox");
  const router = useRouter();
  const [state, setState] = useState<"idle" | "pending" | "done" | "failed">("idle");
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        type="button"
        variant="ghost"
        isLoading={state === "pending"}
        disabled={state === "done"}
        onClick={async () => {
          setState("pending");
          const result = await staffRetryMail({ jobId });
          setState(result.ok ? "done" : "failed");
          if (result.ok) router.refresh();
        }}
      >
        {t("retry")}
      </Button>
      {state === "done" && <span role="status" className="text-xs text-emerald-700">{t("retried")}</span>}
      {state === "failed" && <span role="alert" className="text-xs text-red-700">{t("retryFailed")}</span>}
    </span>
  );
}
