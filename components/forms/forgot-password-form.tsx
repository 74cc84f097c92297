"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { requestPasswordReset } from "@/lib/actions/request-password-reset";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Input } from "@/components/ui/field";
import { FormError } from "./form-error";
import { useActionForm } from "./use-action-form";

// "Forgot password": the same answer for every address.
export function ForgotPasswordForm({ showTitle = true }: { showTitle?: boolean }) {
  const t = useTranslations("auth.forgot");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, onSubmit, formError, isSubmitting } = useActionForm(requestPasswordReset, {
    defaultValues: { email: "" },
    onSuccess: (data) => setSentTo(data.email),
  });

  if (sentTo) {
    return (
      <div className="space-y-4" data-testid="forgot-sent">
        <h2 className="text-lg font-semibold">{t("sentTitle")}</h2>
        <Alert tone="success">{t("sent", { email: sentTo })}</Alert>
        <div className="flex flex-col gap-2 text-sm sm:flex-row sm:justify-between">
          <button type="button" className="text-left text-brand-700 hover:underline" onClick={() => setSentTo(null)}>
            {t("again")}
          </button>
          <Link href="/login" className="text-brand-700 hover:underline">
            {t("toLogin")}
          </Link>
        </div>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="forgot-form">
      {showTitle ? <h1 className="text-xl font-semibold">{t("title")}</h1> : <h2 className="font-semibold">{t("title")}</h2>}
      <p className="text-sm text-slate-600">{t("subtitle")}</p>
      <FormError message={formError} />
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
      <p className="text-sm">
        <Link href="/login" className="text-brand-700 hover:underline">
          {t("toLogin")}
        </Link>
      </p>
    </form>
  );
}
