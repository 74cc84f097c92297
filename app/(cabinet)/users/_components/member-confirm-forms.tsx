"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ConfirmPanel, useConfirmStep } from "@/components/ui/confirm-panel";
import { Textarea } from "@/components/ui/field";
import { setMemberStatusAction } from "@/lib/actions/set-member-status";
import { removeMemberAction } from "@/lib/actions/remove-member";
import { ZRemoveMember, ZSetMemberStatus } from "@/lib/schemas/users";

type TProps = { accountId: string; userId: string; name: string };

type TConfirmStep = ReturnType<typeof useConfirmStep<HTMLFormElement>>;
type TReasonForm = {
  clearErrors: () => void;
  register: (name: "reason") => UseFormRegisterReturn<"reason">;
  formState: { errors: { reason?: { message?: string } } };
};

// Suspending a member's access and removing them from the cabinet: the button opens a
// confirmation that says what follows and asks for the owner's reason (required, kept in
// the audit log); only the confirmation's button submits.
function ReasonConfirmForm(props: {
  confirm: TConfirmStep;
  form: TReasonForm;
  onSubmit: (event: React.FormEvent<HTMLFormElement>) => void;
  formError?: string | null;
  isSubmitting: boolean;
  title: string;
  consequence: string;
  confirmLabel: string;
  triggerLabel: string;
  variant: "secondary" | "danger";
  testId: "suspend-member" | "remove-member";
  confirmTestId: "confirm-suspend" | "confirm-remove";
}) {
  const t = useTranslations("users.member");
  const { confirm, form } = props;
  const onFormSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    if (confirm.isConfirming) return props.onSubmit(event);
    event.preventDefault();
    form.clearErrors();
    confirm.open();
  };
  return (
    <form ref={confirm.containerRef} onSubmit={onFormSubmit} noValidate className="mt-3 space-y-3">
      <FormError message={props.formError} />
      {confirm.isConfirming ? (
        <ConfirmPanel
          title={props.title}
          consequence={props.consequence}
          confirmLabel={props.confirmLabel}
          cancelLabel={t("cancel")}
          onCancel={confirm.cancel}
          isLoading={props.isSubmitting}
          testId={`${props.testId}-dialog`}
          confirmTestId={props.confirmTestId}
        >
          <Textarea label={t("reason")} hint={t("reasonHint")} required error={form.formState.errors.reason?.message} {...form.register("reason")} />
        </ConfirmPanel>
      ) : (
        <Button type="submit" variant={props.variant} data-testid={props.testId} data-confirm-trigger>
          {props.triggerLabel}
        </Button>
      )}
    </form>
  );
}

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
  return (
    <ReasonConfirmForm
      {...{ confirm, onSubmit, formError, isSubmitting }}
      form={form}
      title={t("suspendConfirmTitle", { name })}
      consequence={t("suspendConsequence", { name })}
      confirmLabel={t("confirmSuspend")}
      triggerLabel={t("suspend")}
      variant="secondary"
      testId="suspend-member"
      confirmTestId="confirm-suspend"
    />
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
  return (
    <ReasonConfirmForm
      {...{ confirm, onSubmit, formError, isSubmitting }}
      form={form}
      title={t("removeConfirm", { name })}
      consequence={t("removeConsequence", { name })}
      confirmLabel={t("confirmRemove")}
      triggerLabel={t("remove")}
      variant="danger"
      testId="remove-member"
      confirmTestId="confirm-remove"
    />
  );
}
