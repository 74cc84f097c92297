"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/forms/form-error";
import { disconnectSubscription } from "@/lib/actions/disconnect-subscription";
import type { TServiceChangeOutcome } from "@/lib/server/service-changes/perform-service-change";
import { ChangeResult } from "./change-result";
import { ChangePreview } from "./change-preview";

export function DisconnectButton({ accountId, subscriptionId, name }: { accountId: string; subscriptionId: string; name: string }) {
  const t = useTranslations("requests.changes.disconnect");
  const tPreview = useTranslations("services.preview");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [isConfirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<TServiceChangeOutcome | null>(null);
  const onConfirm = () =>
    startTransition(async () => {
      setError(null);
      const result = await disconnectSubscription({ accountId, subscriptionId });
      if (!result.ok) return setError(Object.values(result.fieldErrors ?? {})[0] ?? result.error);
      setOutcome(result.data);
      setConfirming(false);
      router.refresh();
    });
  return (
    <div className="space-y-2">
      <ChangeResult outcome={outcome} />
      <FormError message={error} />
      {isConfirming ? (
        <div className="space-y-2 rounded-lg bg-red-50 p-3 ring-1 ring-red-200">
          <p className="text-sm text-red-800">{tPreview("disconnectConfirm", { name })}</p>
          <ChangePreview input={{ action: "DISCONNECT", accountId, subscriptionId }} />
          <div className="flex flex-wrap gap-2">
            <Button variant="danger" isLoading={isPending} onClick={onConfirm}>
              {t("yes")}
            </Button>
            <Button variant="ghost" onClick={() => setConfirming(false)}>
              {t("no")}
            </Button>
          </div>
        </div>
      ) : (
        <Button variant="ghost" className="text-red-700" onClick={() => setConfirming(true)}>
          {t("button")}
        </Button>
      )}
    </div>
  );
}
