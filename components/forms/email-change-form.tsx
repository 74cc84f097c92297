"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { requestEmailChange } from "@/lib/actions/request-email-change";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Input } from "@/components/ui/field";
import { FormError } from "./form-error";
import { useActionForm } from "./use-action-form";

// The new address gets a confirmation link; nothing changes until it is followed.
export function EmailChangeForm() {
  const t = useTranslations("profile.email");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, onSubmit, formError, isSubmitting } = useActionForm(requestEmailChange, {
    defaultValues: { email: "" },
    onSuccess: (data) => {
      setSentTo(data.email);
      form.reset({ email: "" });
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="email-change-form">
      <FormError message={formError} />
      <Input
        label={t("newEmail")}
        type="email"
        autoComplete="email"
        autoCapitalize="none"
        hint={t("hint")}
        error={form.formState.errors.email?.message}
        {...form.register("email")}
      />
      {sentTo && <Alert tone="success">{t("sent", { email: sentTo })}</Alert>}
      <Button type="submit" variant="secondary" isLoading={isSubmitting} loadingText={t("submitting")}>
        {t("submit")}
      </Button>
    </form>
  );
}
