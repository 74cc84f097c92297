"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { resendActivation } from "@/lib/actions/resend-activation";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Input } from "@/components/ui/field";
import { FormError } from "./form-error";
import { useActionForm } from "./use-action-form";

// A new activation link by address, from a page whose link no longer works.
export function ResendActivationForm() {
  const t = useTranslations("auth.resend");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, onSubmit, formError, isSubmitting } = useActionForm(resendActivation, {
    defaultValues: { email: "" },
    onSuccess: (data) => setSentTo(data.email),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="resend-activation-form">
      <h2 className="font-semibold">{t("title")}</h2>
      <p className="text-sm text-slate-600">{t("text")}</p>
      <FormError message={formError} />
      {sentTo && <Alert tone="success">{t("sent", { email: sentTo })}</Alert>}
      <Input
        label={t("email")}
        type="email"
        autoComplete="email"
        autoCapitalize="none"
        error={form.formState.errors.email?.message}
        {...form.register("email")}
      />
      <Button type="submit" className="w-full" isLoading={isSubmitting} loadingText={t("submitting")}>
        {t("submit")}
      </Button>
    </form>
  );
}
