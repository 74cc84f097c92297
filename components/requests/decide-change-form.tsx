"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { Textarea } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/ui/field";
import { decideServiceChange } from "@/lib/actions/decide-service-change";

// Staff approve (the change is applied now) or reject (with a reason) a pending change.
export function DecideChangeForm({ changeId }: { changeId: string }) {
  const t = useTranslations("requests.changes.decision");
  const errorText = useErrorText();
  const router = useRouter();
  const { form, onSubmit, formError, isSubmitting } = useActionForm(decideServiceChange, {
    defaultValues: { changeId, decision: "APPROVE", comment: "" },
    onSuccess: () => router.refresh(),
  });
  const decisionError = form.formState.errors.decision?.message;
  const submitAs = (decision: "APPROVE" | "REJECT") => () => form.setValue("decision", decision);
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 space-y-3">
      <FormError message={formError} />
      {decisionError && (
        <p role="alert" className="text-sm text-red-600" data-testid="decision-error">
          {errorText(decisionError)}
        </p>
      )}
      <Textarea label={t("comment")} rows={3} error={form.formState.errors.comment?.message} {...form.register("comment")} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" isLoading={isSubmitting} onClick={submitAs("APPROVE")}>
          {t("approve")}
        </Button>
        <Button type="submit" variant="danger" isLoading={isSubmitting} onClick={submitAs("REJECT")}>
          {t("reject")}
        </Button>
      </div>
    </form>
  );
}
