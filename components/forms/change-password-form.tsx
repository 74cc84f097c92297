"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { changePassword } from "@/lib/actions/change-password";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Input } from "@/components/ui/field";
import { FormError } from "./form-error";
import { useActionForm } from "./use-action-form";

// Current password required; every other session of the person ends, this one stays.
export function ChangePasswordForm({ login }: { login: string }) {
  const t = useTranslations("profile.password");
  const router = useRouter();
  const [result, setResult] = useState<{ sessionsEnded: number; isNotified: boolean } | null>(null);
  const { form, onSubmit, formError, isSubmitting } = useActionForm(changePassword, {
    defaultValues: { currentPassword: "", password: "", passwordConfirm: "" },
    onSuccess: (data) => {
      setResult(data);
      form.reset();
      router.refresh();
    },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="change-password-form">
      <FormError message={formError} />
      <input type="text" value={login} autoComplete="username" readOnly hidden />
      <Input
        label={t("current")}
        type="password"
        autoComplete="current-password"
        error={errors.currentPassword?.message}
        {...form.register("currentPassword")}
      />
      <Input label={t("new")} type="password" autoComplete="new-password" hint={t("hint")} error={errors.password?.message} {...form.register("password")} />
      <Input label={t("confirm")} type="password" autoComplete="new-password" error={errors.passwordConfirm?.message} {...form.register("passwordConfirm")} />
      {result && <Alert tone="success">{t("changed", { count: result.sessionsEnded })}</Alert>}
      {result && !result.isNotified && <Alert tone="warning">{t("notNotified")}</Alert>}
      <Button type="submit" variant="secondary" isLoading={isSubmitting} loadingText={t("submitting")}>
        {t("submit")}
      </Button>
    </form>
  );
}
