"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { staffChangeAccountStatus } from "@/lib/actions/staff-change-account-status";
import { ZChangeAccountStatus, type TAccountOperation } from "@/lib/schemas/staff";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { Select, Textarea } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

// An administrator's change of an account's state, with the reason the customer will read.
export function AccountStatusForm({ accountId, operations }: { accountId: string; operations: TAccountOperation[] }) {
  const t = useTranslations("staff.lifecycle");
  const router = useRouter();
  const { form, onSubmit, formError, isSubmitting } = useActionForm(ZChangeAccountStatus, staffChangeAccountStatus, {
    defaultValues: { accountId, operation: operations[0], reason: "" },
    onSuccess: () => {
      form.reset({ accountId, operation: undefined, reason: "" });
      router.refresh();
    },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid={`account-status-form-${accountId}`}>
      <FormError message={formError} />
      <Select
        label={t("operation")}
        options={operations.map((op) => ({ value: op, label: t(`operations.${op}`) }))}
        error={errors.operation?.message}
        {...form.register("operation")}
      />
      <Textarea label={t("reason")} hint={t("reasonHint")} error={errors.reason?.message} {...form.register("reason")} />
      <Button type="submit" variant="danger" isLoading={isSubmitting}>
        {t("apply")}
      </Button>
    </form>
  );
}
