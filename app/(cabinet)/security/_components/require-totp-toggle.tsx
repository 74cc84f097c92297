"use client";

import { useTranslations } from "next-intl";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { setRequireTotpAction } from "@/lib/actions/set-require-totp";
import { useActionButton } from "@/components/forms/use-action-button";

// The owner's switch: every user of this cabinet must have the second factor on.
export function RequireTotpToggle({ accountId, isRequired, hasOwnTotp }: { accountId: string; isRequired: boolean; hasOwnTotp: boolean }) {
  const t = useTranslations("security.policy");
  const { run, isPending, error, message } = useActionButton();
  return (
    <div className="space-y-3">
      <p className="text-sm font-medium" data-testid="require-totp-state">
        {isRequired ? t("stateOn") : t("stateOff")}
      </p>
      <FormError message={error} />
      {message && <Alert tone="success">{message}</Alert>}
      {!isRequired && !hasOwnTotp && <p className="text-sm text-slate-600">{t("needOwnTotp")}</p>}
      <Button
        variant={isRequired ? "secondary" : "primary"}
        data-testid="require-totp-toggle"
        isLoading={isPending}
        disabled={!isRequired && !hasOwnTotp}
        onClick={() => run(() => setRequireTotpAction({ accountId, requireTotp: !isRequired }), () => t("saved"))}
      >
        {isRequired ? t("disable") : t("enable")}
      </Button>
    </div>
  );
}
