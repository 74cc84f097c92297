"use client";

import { useTranslations } from "next-intl";
import { FormError } from "@/components/forms/form-error";
import { Checkbox, Input } from "@/components/ui/field";
import type { TSubscriberKind } from "@/lib/domain";
import type { TRequisitesStepInput } from "@/lib/schemas/accession";
import { StepActions } from "./step-actions";
import { useStepForm } from "./use-step-form";

const EMPTY: TRequisitesStepInput = {
  kind: "LEGAL",
  taxId: "",
  name: "",
  shortName: "",
  legalAddress: "",
  postalAddress: "",
  postalSameAsLegal: true,
  iban: "",
  bic: "",
  bankName: "",
  isVatPayer: false,
};

export function RequisitesForm({ kind, saved }: { kind: TSubscriberKind; saved?: TRequisitesStepInput }) {
  const t = useTranslations("accession.wizard.requisites");
  const isPerson = kind === "PERSON";
  // The kind always follows step 1, also when it was changed after these were typed.
  const { form, onSubmit, isSubmitting, formError } = useStepForm("requisites", saved ?? EMPTY, {
    kind,
    ...(isPerson ? { isVatPayer: false } : {}),
  });
  const { register, formState } = form;
  const errors = formState.errors;
  const isPostalSame = form.watch("postalSameAsLegal");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="step-requisites">
      <FormError message={formError} />
      <input type="hidden" {...register("kind")} />
      <Input
        label={t(isPerson ? "iin" : "bin")}
        hint={t(isPerson ? "iinHint" : "binHint")}
        inputMode="numeric"
        autoComplete="off"
        maxLength={16}
        error={errors.taxId?.message}
        {...register("taxId")}
      />
      <Input label={t(isPerson ? "namePerson" : "nameOrg")} error={errors.name?.message} {...register("name")} />
      <Input label={t(isPerson ? "shortNamePerson" : "shortNameOrg")} error={errors.shortName?.message} {...register("shortName")} />
      <Input
        label={t(isPerson ? "legalAddressPerson" : "legalAddressOrg")}
        autoComplete="street-address"
        error={errors.legalAddress?.message}
        {...register("legalAddress")}
      />
      <Checkbox label={t(isPerson ? "postalSamePerson" : "postalSame")} {...register("postalSameAsLegal")} />
      {!isPostalSame && <Input label={t("postalAddress")} error={errors.postalAddress?.message} {...register("postalAddress")} />}
      <h3 className="pt-2 text-sm font-semibold text-slate-900">{t("bankTitle")}</h3>
      <Input label={t("iban")} hint={t("ibanHint")} autoComplete="off" autoCapitalize="characters" error={errors.iban?.message} {...register("iban")} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Input label={t("bic")} hint={t("bicHint")} autoCapitalize="characters" error={errors.bic?.message} {...register("bic")} />
        <Input label={t("bankName")} error={errors.bankName?.message} {...register("bankName")} />
      </div>
      {!isPerson && <Checkbox label={t("vatPayer")} error={errors.isVatPayer?.message} {...register("isVatPayer")} />}
      <StepActions back="kind" isSubmitting={isSubmitting} />
    </form>
  );
}
