"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { staffRequestProviderAccess } from "@/lib/actions/staff-request-provider-access";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { Textarea } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

// Asking the owner for access when the account requires their consent.
export function AccessRequestForm({ accountId }: { accountId: string }) {
  const t = useTranslations("staff.access");
  const router = useRouter();
  const [isSent, setSent] = useState(false);
  const { form, onSubmit, formError, isSubmitting } = useActionForm(staffRequestProviderAccess, {
    defaultValues: { accountId, reason: "" },
    onSuccess: () => {
      setSent(true);
      form.reset({ accountId, reason: "" });
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid={`access-request-form-${accountId}`}>
      <FormError message={formError} />
      {isSent && (
        <p role="status" className="text-sm text-emerald-700">
          {t("sent")}
        </p>
      )}
      <Textarea label={t("reason")} error={form.formState.errors.reason?.message} {...form.register("reason")} />
      <Button type="submit" variant="secondary" isLoading={isSubmitting}>
        {t("submit")}
      </Button>
    </form>
  );
}
