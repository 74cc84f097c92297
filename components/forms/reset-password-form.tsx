"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { resetPassword } from "@/lib/actions/reset-password";
import { Button } from "@/components/ui/button";
import { buttonClass } from "@/components/ui/button-class";
import { Alert } from "@/components/ui/card";
import { Input } from "@/components/ui/field";
import { FormError } from "./form-error";
import { useActionForm } from "./use-action-form";

// A new password from the reset link; every session ends, and the person then logs in.
export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("auth.reset");
  const tActivate = useTranslations("auth.activate");
  const [done, setDone] = useState<{ isNotified: boolean } | null>(null);
  const { form, onSubmit, formError, isSubmitting } = useActionForm(resetPassword, {
    defaultValues: { token, password: "", passwordConfirm: "" },
    onSuccess: (data) => setDone({ isNotified: data.isNotified }),
  });
  const { errors } = form.formState;

  if (done) {
    return (
      <div className="space-y-4" data-testid="reset-done">
        <h1 className="text-xl font-semibold">{t("doneTitle")}</h1>
        <Alert tone="success">{t("done")}</Alert>
        {!done.isNotified && <Alert tone="warning">{t("notNotified")}</Alert>}
        <Link href="/login" className={buttonClass("primary", "w-full")}>
          {t("toLogin")}
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="reset-form">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-600">{t("subtitle")}</p>
      <FormError message={formError} />
      <input type="hidden" {...form.register("token")} />
      <input type="email" value={email} autoComplete="username" readOnly hidden />
      <Input
        label={t("password")}
        type="password"
        autoComplete="new-password"
        hint={tActivate("passwordHint")}
        error={errors.password?.message}
        {...form.register("password")}
      />
      <Input
        label={t("passwordConfirm")}
        type="password"
        autoComplete="new-password"
        error={errors.passwordConfirm?.message}
        {...form.register("passwordConfirm")}
      />
      <Button type="submit" className="w-full" isLoading={isSubmitting} loadingText={t("submitting")}>
        {t("submit")}
      </Button>
    </form>
  );
}
