"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { staffPublishAgreement } from "@/lib/actions/staff-publish-agreement";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { Input } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { TrilingualFields } from "./trilingual-fields";

type TDefaults = {
  kind: "AGREEMENT" | "OFFER";
  version: string;
  effectiveDate: string;
  titleRu: string;
  titleKk: string;
  titleEn: string;
  bodyRu: string;
  bodyKk: string;
  bodyEn: string;
};

// A new version starts from the text in force, so the administrator edits what changes.
export function AgreementForm({ defaults }: { defaults: TDefaults }) {
  const t = useTranslations("staff.agreements");
  const router = useRouter();
  const [published, setPublished] = useState<string | null>(null);
  const { form, onSubmit, formError, isSubmitting } = useActionForm(staffPublishAgreement, {
    defaultValues: defaults,
    onSuccess: (data) => {
      setPublished(t("published", { version: data.version }));
      router.refresh();
    },
  });
  const { register, formState } = form;
  const e = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="agreement-form">
      <FormError message={formError} />
      {published && (
        <p role="status" className="text-sm text-emerald-700">
          {published}
        </p>
      )}
      <input type="hidden" {...register("kind")} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Input label={t("version")} error={e.version?.message} {...register("version")} />
        <Input label={t("effectiveDate")} type="date" hint={t("effectiveHint")} error={e.effectiveDate?.message} {...register("effectiveDate")} />
      </div>
      <TrilingualFields register={register as never} errors={e as never} rows={14} />
      <Button type="submit" isLoading={isSubmitting}>
        {t("submit")}
      </Button>
    </form>
  );
}
