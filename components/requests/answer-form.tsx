"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { Select, Textarea } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { STAFF_ANSWER_STATUSES } from "@/lib/schemas/requests-limits";
import { answerRequest } from "@/lib/actions/answer-request";
import { FilePicker } from "./file-picker";

export function AnswerForm({ requestId }: { requestId: string }) {
  const t = useTranslations("requests");
  const router = useRouter();
  const defaults = { requestId, body: "", files: [], status: "WAITING_CUSTOMER" as const };
  const { form, onSubmit, formError, isSubmitting } = useActionForm(answerRequest, {
    defaultValues: defaults,
    onSuccess: () => {
      form.reset(defaults);
      router.refresh();
    },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("staff.answer")}>
      <FormError message={formError} />
      <Textarea label={t("staff.answerBody")} rows={6} maxLength={10_000} error={errors.body?.message} {...form.register("body")} />
      <FilePicker control={form.control} name="files" />
      <Select
        label={t("staff.answerStatus")}
        options={STAFF_ANSWER_STATUSES.map((value) => ({ value, label: value === "KEEP" ? t("staff.keepStatus") : t(`staff.status.${value}`) }))}
        error={errors.status?.message}
        {...form.register("status")}
      />
      <Button type="submit" isLoading={isSubmitting} loadingText={t("form.sending")}>
        {t("staff.send")}
      </Button>
    </form>
  );
}
