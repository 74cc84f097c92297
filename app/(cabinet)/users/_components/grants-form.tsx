"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { useErrorText } from "@/components/ui/field";
import { updateMemberGrantsAction } from "@/lib/actions/update-member-grants";
import type { TPermission } from "@/lib/auth/permissions";
import { GrantsPicker } from "./grants-picker";

export function GrantsForm({ accountId, userId, permissions }: { accountId: string; userId: string; permissions: TPermission[] }) {
  const t = useTranslations("users.member");
  const router = useRouter();
  const errorText = useErrorText();
  const [isSaved, setSaved] = useState(false);
  const { form, onSubmit, formError, isSubmitting } = useActionForm(updateMemberGrantsAction, {
    defaultValues: { accountId, userId, permissions },
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  const value = (useWatch({ control: form.control, name: "permissions" }) ?? []) as TPermission[];
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="grants-form">
      <FormError message={formError ?? errorText(errors.root?.message)} />
      <GrantsPicker
        value={value}
        onChange={(next) => {
          setSaved(false);
          form.setValue("permissions", next, { shouldDirty: true });
        }}
        error={errorText(errors.permissions?.message)}
      />
      {isSaved && <Alert tone="success">{t("grantsSaved")}</Alert>}
      <Button type="submit" isLoading={isSubmitting} loadingText={t("savingGrants")}>
        {t("saveGrants")}
      </Button>
    </form>
  );
}
