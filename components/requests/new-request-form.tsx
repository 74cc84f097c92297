"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { Input, Select, Textarea } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { REQUEST_TOPICS } from "@/lib/domain";
import { createRequest } from "@/lib/actions/create-request";
import { FilePicker } from "./file-picker";

export function NewRequestForm({ accountId, claimDays }: { accountId: string; claimDays: number }) {
  const t = useTranslations("requests");
  const router = useRouter();
  const { form, onSubmit, formError, isSubmitting } = useActionForm(createRequest, {
    defaultValues: { accountId, topic: "QUESTION", subject: "", body: "", files: [] },
    onSuccess: (data) => router.push(`/requests/${data.id}`),
  });
  const { errors } = form.formState;
  const topic = form.watch("topic");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      <Select
        label={t("form.topic")}
        options={REQUEST_TOPICS.map((value) => ({ value, label: t(`topic.${value}`) }))}
        error={errors.topic?.message}
        {...form.register("topic")}
      />
      {topic === "CLAIM" && <Alert tone="info">{t("form.claimHint", { days: claimDays })}</Alert>}
      <Input label={t("form.subject")} maxLength={200} error={errors.subject?.message} {...form.register("subject")} />
      <Textarea label={t("form.body")} rows={8} maxLength={10_000} error={errors.body?.message} {...form.register("body")} />
      <FilePicker control={form.control} name="files" />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" isLoading={isSubmitting} loadingText={t("form.sending")}>
          {t("form.submit")}
        </Button>
      </div>
    </form>
  );
}
