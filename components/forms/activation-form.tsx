"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { activateAccount } from "@/lib/actions/activate-account";
import { Button } from "@/components/ui/button";
import { Alert, Card } from "@/components/ui/card";
import { Input } from "@/components/ui/field";
import { FormError } from "./form-error";
import { signInWithPassword } from "./sign-in-with-password";
import { useActionForm } from "./use-action-form";

// Choosing a login and a password completes registration; the person is then signed in
// with them and lands in the cabinet (a trial user is sent on to /trial from there).
export function ActivationForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("auth.activate");
  const tLogin = useTranslations("auth.login");
  const [stage, setStage] = useState<"form" | "signingIn" | "signInFailed">("form");
  const { form, onSubmit, formError, isSubmitting } = useActionForm(activateAccount, {
    defaultValues: { token, login: "", password: "", passwordConfirm: "" },
    onSuccess: async (data, values) => {
      setStage("signingIn");
      const signedIn = await signInWithPassword({ identifier: data.login, password: values.password });
      if (signedIn.ok) window.location.assign("/dashboard");
      else setStage("signInFailed");
    },
  });
  const { errors } = form.formState;

  return (
    <Card className="w-full max-w-md">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("subtitle", { email })}</p>
      {stage === "signingIn" && (
        <div className="mt-6">
          <Alert tone="success">{t("signingIn")}</Alert>
        </div>
      )}
      {stage === "signInFailed" && (
        <div className="mt-6 space-y-4">
          <Alert tone="warning">{t("signInFailed")}</Alert>
          <Link href="/login" className="text-brand-700 underline">
            {tLogin("submit")}
          </Link>
        </div>
      )}
      {stage === "form" && (
        <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4" data-testid="activation-form">
          <FormError message={formError} />
          <input type="hidden" {...form.register("token")} />
          <input type="email" value={email} autoComplete="username" readOnly hidden />
          <Input
            label={t("login")}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            hint={t("loginHint")}
            error={errors.login?.message}
            {...form.register("login")}
          />
          <Input
            label={t("password")}
            type="password"
            autoComplete="new-password"
            hint={t("passwordHint")}
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
      )}
    </Card>
  );
}
