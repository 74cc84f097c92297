"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { registerUser } from "@/lib/actions/register-user";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Checkbox, Input } from "@/components/ui/field";
import { CheckMail } from "./check-mail";
import { FormError } from "./form-error";
import { useActionForm } from "./use-action-form";

// Registration: the same "check your mail" answer whether the address is new or known.
export function RegisterForm({ agreementVersion }: { agreementVersion: string }) {
  const t = useTranslations("auth.register");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, onSubmit, formError, isSubmitting } = useActionForm(registerUser, {
    defaultValues: { email: "", name: "", phone: "+7 ", agreementVersion, acceptAgreement: false },
    onSuccess: (data) => setSentTo(data.email),
  });
  const { errors } = form.formState;

  if (sentTo) return <CheckMail email={sentTo} onOtherEmail={() => setSentTo(null)} />;
  return (
    <Card className="w-full max-w-md">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("subtitle")}</p>
      <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4" data-testid="register-form">
        <FormError message={formError} />
        <Input
          label={t("email")}
          type="email"
          autoComplete="email"
          autoCapitalize="none"
          hint={t("emailHint")}
          error={errors.email?.message}
          {...form.register("email")}
        />
        <Input label={t("name")} autoComplete="name" error={errors.name?.message} {...form.register("name")} />
        <Input
          label={t("phone")}
          type="tel"
          autoComplete="tel"
          inputMode="tel"
          hint={t("phoneHint")}
          error={errors.phone?.message}
          {...form.register("phone")}
        />
        <input type="hidden" {...form.register("agreementVersion")} />
        <Checkbox
          label={t.rich("accept", {
            version: agreementVersion,
            link: (chunks) => (
              // A new tab, so reading the agreement does not lose what was typed.
              <Link href="/agreement" target="_blank" rel="noopener" className="text-brand-700 underline">
                {chunks}
              </Link>
            ),
          })}
          error={errors.acceptAgreement?.message}
          {...form.register("acceptAgreement")}
        />
        <Button type="submit" className="w-full" isLoading={isSubmitting} loadingText={t("submitting")}>
          {t("submit")}
        </Button>
      </form>
      <p className="mt-6 text-sm text-slate-600">
        {t("haveAccount")}{" "}
        <Link href="/login" className="text-brand-700 underline hover:no-underline">
          {t("toLogin")}
        </Link>
      </p>
    </Card>
  );
}
