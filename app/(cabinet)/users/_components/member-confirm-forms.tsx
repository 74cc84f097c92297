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
// What differs between the two: the catalogue keys, the button's look and the test ids.
const KINDS = {
  suspend: {
    title: "suspendConfirmTitle",
    consequence: "suspendConsequence",
    confirm: "confirmSuspend",
    trigger: "suspend",
    variant: "secondary",
    testId: "suspend-member",
    confirmTestId: "confirm-suspend",
  },
  remove: {
    title: "removeConfirm",
    consequence: "removeConsequence",
    confirm: "confirmRemove",
    trigger: "remove",
    variant: "danger",
    testId: "remove-member",
    confirmTestId: "confirm-remove",
  },
} as const;

function ReasonConfirmForm(props: {
  kind: keyof typeof KINDS;
  name: string;
  confirm: TConfirmStep;
  form: TReasonForm;
  onSubmit: (event: React.FormEvent<HTMLFormElement>) => void;
  formError?: string | null;
  isSubmitting: boolean;
}) {
  const t = useTranslations("users.member");
  const { confirm, form } = props;
  const kind = KINDS[props.kind];
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
          title={t(kind.title, { name: props.name })}
          consequence={t(kind.consequence, { name: props.name })}
          confirmLabel={t(kind.confirm)}
          cancelLabel={t("cancel")}
          onCancel={confirm.cancel}
          isLoading={props.isSubmitting}
          testId={`${kind.testId}-dialog`}
          confirmTestId={kind.confirmTestId}
        >
          <Textarea label={t("reason")} hint={t("reasonHint")} required error={form.formState.errors.reason?.message} {...form.register("reason")} />
        </ConfirmPanel>
      ) : (
        <Button type="submit" variant={kind.variant} data-testid={kind.testId} data-confirm-trigger>
          {t(kind.trigger)}
        </Button>
      )}
    </form>
  );
}

export function SuspendMemberForm({ accountId, userId, name, onSuspended }: TProps & { onSuspended: () => void }) {
  const router = useRouter();
  const confirm = useConfirmStep<HTMLFormElement>();
  const { form, onSubmit, formError, isSubmitting } = useActionForm(setMemberStatusAction, {
    defaultValues: { accountId, userId, status: "SUSPENDED", reason: "" },
    onSuccess: () => {
      confirm.close();
      form.reset();
      onSuspended();
      router.refresh();
    },
  });
  return <ReasonConfirmForm kind="suspend" {...{ name, confirm, form, onSubmit, formError, isSubmitting }} />;
}

export function RemoveMemberForm({ accountId, userId, name }: TProps) {
  const router = useRouter();
  const confirm = useConfirmStep<HTMLFormElement>();
  const { form, onSubmit, formError, isSubmitting } = useActionForm(removeMemberAction, {
    defaultValues: { accountId, userId, reason: "" },
    onSuccess: () => router.push("/users"),
  });
  return <ReasonConfirmForm kind="remove" {...{ name, confirm, form, onSubmit, formError, isSubmitting }} />;
}
