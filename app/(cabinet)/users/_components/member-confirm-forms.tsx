"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ConfirmPanel, useConfirmStep } from "@/components/ui/confirm-panel";
import { Textarea } from "@/components/ui/field";
import { setMemberStatusAction } from "@/lib/actions/set-member-status";
import { removeMemberAction } from "@/lib/actions/remove-member";
import { ZRemoveMember, ZSetMemberStatus } from "@/lib/schemas/users";

type TProps = { accountId: string; userId: string; name: string };

// Suspending a member's access and removing them from the cabinet: the button opens a
// confirmation that says what follows and asks for the owner's reason (required, kept in
// the audit log); only the confirmation's button submits.
export function SuspendMemberForm({ accountId, userId, name, onSuspended }: TProps & { onSuspended: () => void }) {
  const t = useTranslations("users.member");
  const router = useRouter();
  const confirm = useConfirmStep<HTMLFormElement>();
  const { form, onSubmit, formError, isSubmitting } = useActionForm(ZSetMemberStatus, setMemberStatusAction, {
    defaultValues: { accountId, userId, status: "SUSPENDED", reason: "" },
    onSuccess: () => {
      confirm.close();
      form.reset();
      onSuspended();
      router.refresh();
    },
  });
  const onFormSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    if (confirm.isConfirming) return onSubmit(event);
    event.preventDefault();
    form.clearErrors();
    confirm.open();
  };
  return (
    <form ref={confirm.containerRef} onSubmit={onFormSubmit} noValidate className="mt-3 space-y-3">
      <FormError message={formError} />
      {confirm.isConfirming ? (
        <ConfirmPanel
          title={t("suspendConfirmTitle", { name })}
          consequence={t("suspendConsequence", { name })}
          confirmLabel={t("confirmSuspend")}
          cancelLabel={t("cancel")}
          onCancel={confirm.cancel}
          isLoading={isSubmitting}
          testId="suspend-member-dialog"
          confirmTestId="confirm-suspend"
        >
          <Textarea label={t("reason")} hint={t("reasonHint")} required error={form.formState.errors.reason?.message} {...form.register("reason")} />
        </ConfirmPanel>
      ) : (
        <Button type="submit" variant="secondary" data-testid="suspend-member" data-confirm-trigger>
          {t("suspend")}
        </Button>
      )}
    </form>
  );
}

export function RemoveMemberForm({ accountId, userId, name }: TProps) {
  const t = useTranslations("users.member");
  const router = useRouter();
  const confirm = useConfirmStep<HTMLFormElement>();
  const { form, onSubmit, formError, isSubmitting } = useActionForm(ZRemoveMember, removeMemberAction, {
    defaultValues: { accountId, userId, reason: "" },
    onSuccess: () => router.push("/users"),
  });
  const onFormSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    if (confirm.isConfirming) return onSubmit(event);
    event.preventDefault();
    form.clearErrors();
    confirm.open();
  };
  return (
    <form ref={confirm.containerRef} onSubmit={onFormSubmit} noValidate className="mt-3 space-y-3">
      <FormError message={formError} />
      {confirm.isConfirming ? (
        <ConfirmPanel
          title={t("removeConfirm", { name })}
          consequence={t("removeConsequence", { name })}
          confirmLabel={t("confirmRemove")}
          cancelLabel={t("cancel")}
          onCancel={confirm.cancel}
          isLoading={isSubmitting}
          testId="remove-member-dialog"
          confirmTestId="confirm-remove"
        >
          <Textarea label={t("reason")} hint={t("reasonHint")} required error={form.formState.errors.reason?.message} {...form.register("reason")} />
        </ConfirmPanel>
      ) : (
        <Button type="submit" variant="danger" data-testid="remove-member" data-confirm-trigger>
          {t("remove")}
        </Button>
      )}
    </form>
  );
}
