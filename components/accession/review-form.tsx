"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { buttonClass } from "@/components/ui/button-class";
import { Checkbox, useErrorText } from "@/components/ui/field";
import { acceptOffer } from "@/lib/actions/accept-offer";

const OWN_FIELDS = new Set(["offerVersionId", "consentPersonalData", "acceptOffer", "root"]);

// The last step: consent and acceptance. On success the whole page reloads into the
// full cabinet (the new account is already the current one).
export function ReviewForm({ offerVersionId, offerVersion }: { offerVersionId: string; offerVersion: string }) {
  const t = useTranslations("accession.wizard.review");
  const errorText = useErrorText();
  const { form, onSubmit, formError, isSubmitting } = useActionForm(acceptOffer, {
    defaultValues: { offerVersionId, consentPersonalData: false, acceptOffer: false },
    onSuccess: () => window.location.assign("/dashboard"),
  });
  const { register, formState } = form;
  const errors = formState.errors as Record<string, { message?: string } | undefined>;
  // Refusals about earlier steps (a BIN that became a subscriber meanwhile, a tariff
  // withdrawn): shown here with a way back to the step.
  const other = Object.entries(errors).filter(([name, error]) => !OWN_FIELDS.has(name) && error?.message);
  const rootError = errorText(errors.root?.message);
  const isSucceeded = formState.isSubmitSuccessful && !formError && !rootError && other.length === 0;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="step-review">
      <FormError message={rootError ?? formError} />
      {other.length > 0 && (
        <div role="alert" className="space-y-2 rounded-lg bg-red-50 p-3 text-sm text-red-700 ring-1 ring-inset ring-red-200">
          {other.map(([name, error]) => (
            <p key={name}>
              {errorText(error!.message)}{" "}
              <Link href={name === "taxId" ? "/accession/requisites" : "/accession/services"} className="font-medium underline">
                {t("fix")}
              </Link>
            </p>
          ))}
        </div>
      )}
      <input type="hidden" {...register("offerVersionId")} />
      <Checkbox label={t("consentPersonalData")} error={errors.consentPersonalData?.message} {...register("consentPersonalData")} />
      <Checkbox label={t("acceptOffer", { version: offerVersion })} error={errors.acceptOffer?.message} {...register("acceptOffer")} />
      <div className="flex flex-col-reverse gap-3 border-t border-slate-200 pt-4 sm:flex-row sm:justify-between">
        <Link href="/accession/services" className={buttonClass("secondary")}>
          {t("back")}
        </Link>
        <Button type="submit" isLoading={isSubmitting || isSucceeded} loadingText={t("submitting")}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
