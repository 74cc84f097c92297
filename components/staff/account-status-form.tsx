"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { staffChangeAccountStatus } from "@/lib/actions/staff-change-account-status";
import { isReasonRequired, type TAccountOperation } from "@/lib/schemas/staff-limits";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { Select, Textarea } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { ConfirmPanel, useConfirmStep } from "@/components/ui/confirm-panel";

// An administrator's change of an account's state, with the reason the customer will read.
// Suspending, terminating and blocking first open a confirmation that says what follows
// and asks for the (required) reason; only its button submits.
export function AccountStatusForm({ accountId, accountNumber, operations }: { accountId: string; accountNumber: string; operations: TAccountOperation[] }) {
  const t = useTranslations("staff.lifecycle");
  const router = useRouter();
  const confirm = useConfirmStep<HTMLFormElement>();
  const { form, onSubmit, formError, isSubmitting } = useActionForm(staffChangeAccountStatus, {
    defaultValues: { accountId, operation: operations[0], reason: "" },
    onSuccess: () => {
      confirm.close();
      form.reset({ accountId, operation: undefined, reason: "" });
      router.refresh();
    },
  });
  const { errors } = form.formState;
  const operation = form.watch("operation");
  const isDestructive = !!operation && isReasonRequired(operation);
  const step = operation as "SUSPEND" | "TERMINATE" | "BLOCK";

  const onFormSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    if (isDestructive && !confirm.isConfirming) {
      event.preventDefault();
      form.clearErrors();
      confirm.open();
      return;
    }
    return onSubmit(event);
  };

  const reasonField = (isRequired: boolean) => (
    <Textarea label={t("reason")} hint={t("reasonHint")} required={isRequired} error={errors.reason?.message} {...form.register("reason")} />
  );

  return (
    <form ref={confirm.containerRef} onSubmit={onFormSubmit} noValidate className="space-y-3" data-testid={`account-status-form-${accountId}`}>
      <FormError message={formError} />
      <Select
        label={t("operation")}
        options={operations.map((op) => ({ value: op, label: t(`operations.${op}`) }))}
        error={errors.operation?.message}
        {...form.register("operation", { onChange: () => confirm.close() })}
      />
      {!isDestructive && reasonField(false)}
      {isDestructive && confirm.isConfirming ? (
        <ConfirmPanel
          title={t(`confirm.${step}.title`, { number: accountNumber })}
          consequence={t(`confirm.${step}.consequence`)}
          confirmLabel={t(`confirm.${step}.action`)}
          cancelLabel={t("confirm.cancel")}
          onCancel={confirm.cancel}
          isLoading={isSubmitting}
          testId={`account-status-confirm-${accountId}`}
        >
          {reasonField(true)}
        </ConfirmPanel>
      ) : (
        <Button type="submit" variant="danger" isLoading={isSubmitting} data-confirm-trigger>
          {t("apply")}
        </Button>
      )}
    </form>
  );
}
