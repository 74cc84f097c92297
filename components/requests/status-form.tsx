"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { Select } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { REQUEST_STATUSES, type TRequestStatus } from "@/lib/domain";
import { setRequestStatus } from "@/lib/actions/set-request-status";

export function StatusForm({ requestId, status }: { requestId: string; status: TRequestStatus }) {
  const t = useTranslations("requests");
  const router = useRouter();
  const { form, onSubmit, formError, isSubmitting } = useActionForm(setRequestStatus, {
    defaultValues: { requestId, status },
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-2">
      <FormError message={formError} />
      <Select
        label={t("staff.changeStatus")}
        options={REQUEST_STATUSES.map((value) => ({ value, label: t(`staff.status.${value}`) }))}
        error={form.formState.errors.status?.message}
        {...form.register("status")}
      />
      <Button type="submit" variant="secondary" isLoading={isSubmitting}>
        {t("staff.setStatus")}
      </Button>
    </form>
  );
}
