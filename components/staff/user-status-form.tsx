"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { staffChangeUserStatus } from "@/lib/actions/staff-change-user-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { Textarea } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { ConfirmPanel, useConfirmStep } from "@/components/ui/confirm-panel";

// Blocking one person for a violation, or lifting the block. Blocking first opens a
// confirmation that says what follows and asks for the (required) reason.
export function UserStatusForm({ userId, name, isBlocked }: { userId: string; name: string; isBlocked: boolean }) {
  const t = useTranslations("staff.lifecycle");
  const router = useRouter();
  const confirm = useConfirmStep<HTMLFormElement>();
  const operation = isBlocked ? "UNBLOCK" : "BLOCK";
  const { form, onSubmit, formError, isSubmitting } = useActionForm(staffChangeUserStatus, {
    defaultValues: { userId, operation, reason: "" },
    onSuccess: () => {
      confirm.close();
      router.refresh();
    },
  });
  const { errors } = form.formState;
  // The refreshed page turns a block into an unblock: the form follows, with an empty reason.
  const { reset } = form;
  useEffect(() => reset({ userId, operation, reason: "" }), [reset, userId, operation]);

  const onFormSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    if (!isBlocked && !confirm.isConfirming) {
      event.preventDefault();
      form.clearErrors();
      confirm.open();
      return;
    }
    return onSubmit(event);
  };

  return (
    <form ref={confirm.containerRef} onSubmit={onFormSubmit} noValidate className="space-y-2" data-testid={`user-status-form-${userId}`}>
      <FormError message={formError ?? (errors.operation?.message ? t("errors.cannot") : null)} />
      <input type="hidden" {...form.register("operation")} />
      {!isBlocked && confirm.isConfirming ? (
        <ConfirmPanel
          title={t("confirm.userBlock.title", { name })}
          consequence={t("confirm.userBlock.consequence")}
          confirmLabel={t("confirm.userBlock.action")}
          cancelLabel={t("confirm.cancel")}
          onCancel={confirm.cancel}
          isLoading={isSubmitting}
          testId={`user-status-confirm-${userId}`}
        >
          <Textarea label={t("userReason")} required error={errors.reason?.message} {...form.register("reason")} />
        </ConfirmPanel>
      ) : (
        <Button type="submit" variant={isBlocked ? "secondary" : "danger"} isLoading={isSubmitting} data-confirm-trigger>
          {t(isBlocked ? "unblockUser" : "blockUser")}
        </Button>
      )}
    </form>
  );
}
