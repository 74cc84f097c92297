"use client";

import { useTranslations } from "next-intl";
import { FormError } from "@/components/forms/form-error";
import { Alert } from "@/components/ui/card";
import { Input, Select } from "@/components/ui/field";
import type { TSubscriberKind } from "@/lib/domain";
import type { TContactsStepInput } from "@/lib/schemas/accession";
import { almatyToday } from "@/lib/schemas/accession-limits";
import { StepActions } from "./step-actions";
import { useStepForm } from "./use-step-form";

export function ContactsForm({ kind, saved }: { kind: TSubscriberKind; saved: TContactsStepInput }) {
  const t = useTranslations("accession.wizard.contacts");
  const isPerson = kind === "PERSON";
  const { form, onSubmit, isSubmitting, formError } = useStepForm("contacts", saved, { kind });
  const { register, formState } = form;
  const errors = formState.errors;
  const authority = form.watch("signatoryAuthority");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="step-contacts">
      <FormError message={formError} />
      <input type="hidden" {...register("kind")} />
      <h3 className="text-sm font-semibold text-slate-900">{t("contactTitle")}</h3>
      <Input label={t("contactName")} autoComplete="name" error={errors.contactName?.message} {...register("contactName")} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Input label={t("contactEmail")} type="email" autoComplete="email" error={errors.contactEmail?.message} {...register("contactEmail")} />
        <Input
          label={t("contactPhone")}
          type="tel"
          autoComplete="tel"
          hint={t("phoneHint")}
          error={errors.contactPhone?.message}
          {...register("contactPhone")}
        />
      </div>
      {isPerson ? (
        <Alert tone="info">{t("personNote")}</Alert>
      ) : (
        <fieldset className="space-y-4">
          <legend className="text-sm font-semibold text-slate-900">{t("signatoryTitle")}</legend>
          <p className="text-sm text-slate-600">{t("signatoryText")}</p>
          <Input label={t("signatoryName")} error={errors.signatoryName?.message} {...register("signatoryName")} />
          <Input label={t("signatoryPosition")} error={errors.signatoryPosition?.message} {...register("signatoryPosition")} />
          <Select
            label={t("authority")}
            error={errors.signatoryAuthority?.message}
            options={[
              { value: "", label: t("choose") },
              { value: "CHARTER", label: t(kind === "SOLE" ? "authorities.CHARTER_SOLE" : "authorities.CHARTER") },
              { value: "POWER_OF_ATTORNEY", label: t("authorities.POWER_OF_ATTORNEY") },
            ]}
            {...register("signatoryAuthority")}
          />
          {authority === "POWER_OF_ATTORNEY" && (
            <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
              <Input label={t("poaNumber")} error={errors.poaNumber?.message} {...register("poaNumber")} />
              <Input label={t("poaDate")} type="date" max={almatyToday()} error={errors.poaDate?.message} {...register("poaDate")} />
            </div>
          )}
        </fieldset>
      )}
      <StepActions back="requisites" isSubmitting={isSubmitting} />
    </form>
  );
}
