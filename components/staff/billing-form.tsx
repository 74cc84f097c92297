"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { staffRunBilling } from "@/lib/actions/staff-run-billing";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { Input } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

export function BillingForm({ defaultPeriod }: { defaultPeriod: string }) {
  const t = useTranslations("staff.billing");
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const { form, onSubmit, formError, isSubmitting } = useActionForm(staffRunBilling, {
    defaultValues: { period: defaultPeriod },
    onSuccess: (data) => {
      // Queued, not done: the list of runs below shows the worker's progress.
      setMessage(t(data.alreadyDone ? "alreadyDone" : data.isNew ? "queued" : "inProgress", { period: data.period }));
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid="billing-form">
      <FormError message={formError} />
      {message && (
        <p role="status" className="text-sm text-emerald-700" data-testid="billing-result">
          {message}
        </p>
      )}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <Input label={t("period")} type="month" hint={t("periodHint")} error={form.formState.errors.period?.message} {...form.register("period")} />
        <Button type="submit" isLoading={isSubmitting} onClick={() => setMessage(null)}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
