"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { Textarea } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { replyRequest } from "@/lib/actions/reply-request";
import { FilePicker } from "./file-picker";

export function ReplyForm({ accountId, requestId }: { accountId: string; requestId: string }) {
  const t = useTranslations("requests");
  const router = useRouter();
  const { form, onSubmit, formError, isSubmitting } = useActionForm(replyRequest, {
    defaultValues: { accountId, requestId, body: "", files: [] },
    onSuccess: () => {
      form.reset({ accountId, requestId, body: "", files: [] });
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("reply.title")}>
      <FormError message={formError} />
      <Textarea label={t("reply.body")} rows={5} maxLength={10_000} error={form.formState.errors.body?.message} {...form.register("body")} />
      <FilePicker control={form.control} name="files" />
      <Button type="submit" isLoading={isSubmitting} loadingText={t("form.sending")}>
        {t("reply.submit")}
      </Button>
    </form>
  );
}
