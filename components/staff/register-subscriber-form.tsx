"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { staffRegisterSubscriber } from "@/lib/actions/staff-register-subscriber";
import { BILLING_METHODS, SUBSCRIBER_KINDS } from "@/lib/domain";
import { LOCALES } from "@/lib/i18n/config";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { Checkbox, Input, Select } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

// Clause 1.7's second path: support registers the subscriber; its owner gets the
// activation link by mail.
export function RegisterSubscriberForm() {
  const t = useTranslations("staff.register");
  const tc = useTranslations("staff.card");
  const tl = useTranslations("common.languages");
  const router = useRouter();
  const { form, onSubmit, formError, isSubmitting } = useActionForm(staffRegisterSubscriber, {
    defaultValues: {
      requisites: {
        kind: "LEGAL",
        taxId: "",
        name: "",
        shortName: "",
        legalAddress: "",
        postalAddress: "",
        iban: "",
        bic: "",
        bankName: "",
        isVatPayer: false,
      },
      contactName: "",
      contactEmail: "",
      contactPhone: "",
      signatoryName: "",
      signatoryPosition: "",
      owner: { email: "", name: "", phone: "", locale: "ru" },
      billingMethod: "PREPAID",
    },
    onSuccess: (data) => router.push(`/staff/subscribers/${data.subscriberId}?registered=${data.isNewPerson ? "new" : "existing"}`),
  });
  const { register, formState } = form;
  const e = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" data-testid="register-subscriber-form">
      <FormError message={formError} />
      <Card>
        <h2 className="mb-4 text-lg font-semibold">{t("requisites")}</h2>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <Select
            label={t("kind")}
            options={SUBSCRIBER_KINDS.map((k) => ({ value: k, label: tc(`kinds.${k}`) }))}
            error={e.requisites?.kind?.message}
            {...register("requisites.kind")}
          />
          <Input label={t("taxId")} inputMode="numeric" maxLength={12} error={e.requisites?.taxId?.message} {...register("requisites.taxId")} />
          <Input label={t("name")} className="sm:col-span-2" error={e.requisites?.name?.message} {...register("requisites.name")} />
          <Input label={t("shortName")} error={e.requisites?.shortName?.message} {...register("requisites.shortName")} />
          <Input label={t("legalAddress")} error={e.requisites?.legalAddress?.message} {...register("requisites.legalAddress")} />
          <Input label={t("postalAddress")} error={e.requisites?.postalAddress?.message} {...register("requisites.postalAddress")} />
          <Input label={t("iban")} autoCapitalize="characters" error={e.requisites?.iban?.message} {...register("requisites.iban")} />
          <Input label={t("bic")} autoCapitalize="characters" error={e.requisites?.bic?.message} {...register("requisites.bic")} />
          <Input label={t("bankName")} error={e.requisites?.bankName?.message} {...register("requisites.bankName")} />
          <Checkbox label={t("isVatPayer")} {...register("requisites.isVatPayer")} />
        </div>
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">{t("contacts")}</h2>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <Input label={t("contactName")} error={e.contactName?.message} {...register("contactName")} />
          <Input label={t("contactEmail")} type="email" error={e.contactEmail?.message} {...register("contactEmail")} />
          <Input label={t("contactPhone")} type="tel" error={e.contactPhone?.message} {...register("contactPhone")} />
          <Input label={t("signatoryName")} error={e.signatoryName?.message} {...register("signatoryName")} />
          <Input label={t("signatoryPosition")} error={e.signatoryPosition?.message} {...register("signatoryPosition")} />
        </div>
      </Card>
      <Card>
        <h2 className="mb-1 text-lg font-semibold">{t("owner")}</h2>
        <p className="mb-4 text-sm text-slate-600">{t("ownerHint")}</p>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <Input label={t("ownerEmail")} type="email" error={e.owner?.email?.message} {...register("owner.email")} />
          <Input label={t("ownerName")} error={e.owner?.name?.message} {...register("owner.name")} />
          <Input label={t("ownerPhone")} type="tel" error={e.owner?.phone?.message} {...register("owner.phone")} />
          <Select label={t("ownerLocale")} options={LOCALES.map((l) => ({ value: l, label: tl(l) }))} {...register("owner.locale")} />
        </div>
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">{t("contract")}</h2>
        <Select
          label={t("billingMethod")}
          options={BILLING_METHODS.map((m) => ({ value: m, label: tc(`billing.${m}`) }))}
          error={e.billingMethod?.message}
          {...register("billingMethod")}
        />
        <p className="mt-2 text-sm text-slate-600">{t("contractHint")}</p>
      </Card>
      <Button type="submit" isLoading={isSubmitting}>
        {t("submit")}
      </Button>
    </form>
  );
}
