"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/forms/form-error";
import { closeRequest } from "@/lib/actions/close-request";

export function CloseRequestButton({ accountId, requestId }: { accountId: string; requestId: string }) {
  const t = useTranslations("requests.close");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [isConfirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!isConfirming) {
    return (
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        {t("button")}
      </Button>
    );
  }
  return (
    <div className="space-y-2 rounded-lg bg-slate-50 p-3 ring-1 ring-slate-200">
      <p className="text-sm text-slate-700">{t("confirm")}</p>
      <FormError message={error} />
      <div className="flex flex-wrap gap-2">
        <Button
          variant="danger"
          isLoading={isPending}
          onClick={() =>
            startTransition(async () => {
              const result = await closeRequest({ accountId, requestId });
              if (!result.ok) return setError(Object.values(result.fieldErrors ?? {})[0] ?? result.error);
              router.refresh();
            })
          }
        >
          {t("yes")}
        </Button>
        <Button variant="ghost" onClick={() => setConfirming(false)}>
          {t("no")}
        </Button>
      </div>
    </div>
  );
}
