"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { updateProfile } from "@/lib/actions/update-profile";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Input } from "@/components/ui/field";
import { FormError } from "./form-error";
import { useActionForm } from "./use-action-form";

export function ProfileDetailsForm({ name, phone }: { name: string; phone: string }) {
  const t = useTranslations("profile.details");
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  const { form, onSubmit, formError, isSubmitting } = useActionForm(updateProfile, {
    defaultValues: { name, phone },
    onSuccess: (data) => {
      setNotice(data.changed ? t("saved") : t("unchanged"));
      // What was stored: the name trimmed, the phone as +7 and ten digits.
      form.reset({ name: data.name, phone: data.phone });
      // The history table and the name in the header are server-rendered.
      router.refresh();
    },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="profile-details-form" onChange={() => setNotice(null)}>
      <FormError message={formError} />
      <Input label={t("name")} autoComplete="name" error={errors.name?.message} {...form.register("name")} />
      <Input label={t("phone")} type="tel" autoComplete="tel" inputMode="tel" hint={t("phoneHint")} error={errors.phone?.message} {...form.register("phone")} />
      {notice && <Alert tone="success">{notice}</Alert>}
      <Button type="submit" isLoading={isSubmitting} loadingText={t("submitting")}>
        {t("submit")}
      </Button>
    </form>
  );
}
