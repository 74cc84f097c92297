"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { UseFormRegister } from "react-hook-form";
import { staffPublishNotice } from "@/lib/actions/staff-publish-notice";
import { NOTICE_AUDIENCES } from "@/lib/schemas/staff-publishing-limits";
import { NOTICE_SEVERITIES } from "@/lib/domain";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { Input, Select } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { TrilingualFields } from "./trilingual-fields";

export function NoticeForm({ services }: { services: Array<{ id: string; name: string }> }) {
  const t = useTranslations("staff.notices");
  const router = useRouter();
  const [published, setPublished] = useState(false);
  const empty = {
    audience: "ALL" as const,
    severity: "INFO" as const,
    accountNumber: "",
    serviceId: "",
    publishAt: "",
    titleRu: "",
    titleKk: "",
    titleEn: "",
    bodyRu: "",
    bodyKk: "",
    bodyEn: "",
  };
  const { form, onSubmit, formError, isSubmitting } = useActionForm(staffPublishNotice, {
    defaultValues: empty,
    onSuccess: () => {
      setPublished(true);
      form.reset(empty);
      router.refresh();
    },
  });
  const { register, watch, formState } = form;
  const e = formState.errors;
  const audience = watch("audience");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="notice-form">
      <FormError message={formError} />
      {published && (
        <p role="status" className="text-sm text-emerald-700">
          {t("published")}
        </p>
      )}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Select label={t("audience")} options={NOTICE_AUDIENCES.map((a) => ({ value: a, label: t(`audiences.${a}`) }))} {...register("audience")} />
        {audience === "ACCOUNT" && <Input label={t("accountNumber")} inputMode="numeric" error={e.accountNumber?.message} {...register("accountNumber")} />}
        {audience === "SERVICE" && (
          <Select
            label={t("service")}
            options={[{ value: "", label: "—" }, ...services.map((s) => ({ value: s.id, label: s.name }))]}
            error={e.serviceId?.message}
            {...register("serviceId")}
          />
        )}
        <Select label={t("severity")} options={NOTICE_SEVERITIES.map((s) => ({ value: s, label: t(`severities.${s}`) }))} {...register("severity")} />
        <Input label={t("publishAt")} type="datetime-local" hint={t("publishAtHint")} error={e.publishAt?.message} {...register("publishAt")} />
      </div>
      <TrilingualFields register={register as unknown as UseFormRegister<Record<string, string>> as never} errors={e as never} />
      <Button type="submit" isLoading={isSubmitting}>
        {t("submit")}
      </Button>
    </form>
  );
}
