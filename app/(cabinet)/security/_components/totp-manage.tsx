"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { Input, useErrorText } from "@/components/ui/field";
import { disableTotpAction } from "@/lib/actions/disable-totp";
import { regenerateRecoveryCodesAction } from "@/lib/actions/regenerate-recovery-codes";
import { RecoveryCodes } from "./recovery-codes";

// With the second factor on: new recovery codes, or turning it off.
export function TotpManage({ canDisable }: { canDisable: boolean }) {
  const t = useTranslations("security.totp");
  const router = useRouter();
  const errorText = useErrorText();
  const [codes, setCodes] = useState<string[] | null>(null);

  const regenerate = useActionForm(regenerateRecoveryCodesAction, {
    defaultValues: { code: "" },
    onSuccess: (data) => {
      regenerate.form.reset();
      setCodes(data.recoveryCodes);
    },
  });
  const disable = useActionForm(disableTotpAction, {
    defaultValues: { password: "", code: "" },
    onSuccess: () => router.refresh(),
  });

  if (codes)
    return (
      <RecoveryCodes
        codes={codes}
        onDone={() => {
          setCodes(null);
          router.refresh();
        }}
      />
    );

  const rErrors = regenerate.form.formState.errors;
  const dErrors = disable.form.formState.errors;
  return (
    <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
      <form onSubmit={regenerate.onSubmit} noValidate className="space-y-3" data-testid="regenerate-form">
        <h3 className="font-medium">{t("regenerateTitle")}</h3>
        <p className="text-sm text-slate-600">{t("regenerateText")}</p>
        <FormError message={regenerate.formError ?? errorText(rErrors.root?.message)} />
        <Input label={t("secondFactor")} autoComplete="one-time-code" error={rErrors.code?.message} {...regenerate.form.register("code")} />
        <Button type="submit" variant="secondary" isLoading={regenerate.isSubmitting} loadingText={t("regenerating")}>
          {t("regenerate")}
        </Button>
      </form>
      {canDisable && (
        <form onSubmit={disable.onSubmit} noValidate className="space-y-3" data-testid="disable-form">
          <h3 className="font-medium">{t("disableTitle")}</h3>
          <p className="text-sm text-slate-600">{t("disableText")}</p>
          <FormError message={disable.formError ?? errorText(dErrors.root?.message)} />
          <Input
            label={t("password")}
            type="password"
            autoComplete="current-password"
            error={dErrors.password?.message}
            {...disable.form.register("password")}
          />
          <Input label={t("secondFactor")} autoComplete="one-time-code" error={dErrors.code?.message} {...disable.form.register("code")} />
          <Button type="submit" variant="danger" isLoading={disable.isSubmitting} loadingText={t("disabling")}>
            {t("disable")}
          </Button>
        </form>
      )}
    </div>
  );
}
