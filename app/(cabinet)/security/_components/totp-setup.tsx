"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { Input, useErrorText } from "@/components/ui/field";
import { confirmTotpAction } from "@/lib/actions/confirm-totp";
import { startTotpSetupAction } from "@/lib/actions/start-totp-setup";

type TSetup = { secret: string; qrDataUrl: string };

// Turning the second factor on: a new secret as a QR code and as text, a code from the
// app to confirm; the recovery codes go to `onConfirmed`, to be shown once (TotpPanel).
export function TotpSetup({ onConfirmed }: { onConfirmed: (recoveryCodes: string[]) => void }) {
  const t = useTranslations("security.totp");
  const errorText = useErrorText();
  const [setup, setSetup] = useState<TSetup | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const [isStarting, setStarting] = useState(false);
  const { form, onSubmit, formError, isSubmitting } = useActionForm(confirmTotpAction, {
    defaultValues: { code: "" },
    onSuccess: (data) => onConfirmed(data.recoveryCodes),
  });
  const { errors } = form.formState;

  if (!setup) {
    return (
      <div className="space-y-3">
        <FormError message={startError} />
        <Button
          data-testid="totp-start"
          isLoading={isStarting}
          loadingText={t("starting")}
          onClick={async () => {
            setStarting(true);
            setStartError(null);
            const result = await startTotpSetupAction({});
            setStarting(false);
            if (!result.ok) setStartError(errorText(Object.values(result.fieldErrors ?? {})[0]) ?? result.error);
            else setSetup(result.data);
          }}
        >
          {t("start")}
        </Button>
      </div>
    );
  }

  return (
    <div className="space-y-4" data-testid="totp-setup">
      <div>
        <p className="text-sm font-medium">{t("scan")}</p>
        {/* A data: URL generated on the server; the CSP allows img-src data:. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={setup.qrDataUrl} alt={t("qrAlt")} width={220} height={220} className="mt-2 rounded-lg ring-1 ring-slate-200" data-testid="totp-qr" />
        <p className="mt-3 text-sm text-slate-600">{t("secretLabel")}</p>
        <code className="mt-1 block break-all rounded bg-slate-100 px-2 py-1 font-mono text-sm" data-testid="totp-secret">
          {setup.secret}
        </code>
      </div>
      <form onSubmit={onSubmit} noValidate className="max-w-xs space-y-3" data-testid="totp-confirm-form">
        <p className="text-sm font-medium">{t("enterCode")}</p>
        <FormError message={formError ?? errorText(errors.root?.message)} />
        <Input
          label={t("code")}
          hint={t("codeHint")}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={8}
          error={errors.code?.message}
          {...form.register("code")}
        />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" isLoading={isSubmitting} loadingText={t("confirming")}>
            {t("confirm")}
          </Button>
          <Button type="button" variant="secondary" onClick={() => setSetup(null)}>
            {t("cancel")}
          </Button>
        </div>
      </form>
    </div>
  );
}
