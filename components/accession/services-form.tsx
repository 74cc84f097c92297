"use client";

import { useEffect, useMemo } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { FormError } from "@/components/forms/form-error";
import { useErrorText } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import { BILLING_METHODS, type TSubscriberKind } from "@/lib/domain";
import { formatMoney, type TLocale } from "@/lib/money";
import { monthlyTotal } from "@/lib/accession/monthly-total";
import type { TServicesStepInput } from "@/lib/schemas/accession";
import { MAX_QUANTITY, chosenItems } from "@/lib/schemas/accession-limits";
import { StepActions } from "./step-actions";
import { useStepForm } from "./use-step-form";

export type TWizardTariff = { id: string; name: string; unit: string; monthlyPrice: number; allowsPostpaid: boolean };
export type TWizardService = { id: string; name: string; description: string; isSelfService: boolean; tariffs: TWizardTariff[] };

export function ServicesForm({
  kind,
  catalogue,
  vatRateBp,
  saved,
}: {
  kind: TSubscriberKind;
  catalogue: TWizardService[];
  vatRateBp: number;
  saved?: Pick<TServicesStepInput, "billingMethod" | "items">;
}) {
  const t = useTranslations("accession");
  const locale = useLocale() as TLocale;
  const errorText = useErrorText();
  const tariffs = useMemo(() => catalogue.flatMap((s) => s.tariffs), [catalogue]);
  const savedById = new Map((saved?.items ?? []).map((item) => [item.tariffId, item]));
  // One row per tariff on sale, ticked where the draft has it.
  const defaults: TServicesStepInput = {
    kind,
    billingMethod: saved?.billingMethod ?? "PREPAID",
    items: tariffs.map((tariff) => ({
      tariffId: tariff.id,
      selected: savedById.get(tariff.id)?.selected ?? false,
      quantity: savedById.get(tariff.id)?.quantity ?? 1,
    })),
  };
  const { form, onSubmit, isSubmitting, formError } = useStepForm("services", defaults, { kind });
  const { register, control, setValue, formState } = form;
  const errors = formState.errors;
  const items = useWatch({ control, name: "items" }) ?? [];
  const billingMethod = useWatch({ control, name: "billingMethod" });

  const chosen = chosenItems({ items: items.map((item) => ({ ...item, quantity: Number(item.quantity) })) });
  const total = monthlyTotal(chosen, tariffs, vatRateBp);
  const byId = new Map(tariffs.map((tariff) => [tariff.id, tariff]));
  const prepaidOnly = chosen.map((item) => byId.get(item.tariffId)).filter((tariff) => tariff && !tariff.allowsPostpaid);
  const isPostpaidAllowed = kind !== "PERSON" && prepaidOnly.length === 0;

  // Postpaid stops being available when a prepaid-only tariff is ticked: switch back to
  // prepaid and say why (the hint under the choice), rather than fail on submit.
  useEffect(() => {
    if (!isPostpaidAllowed && billingMethod === "POSTPAID") setValue("billingMethod", "PREPAID");
  }, [isPostpaidAllowed, billingMethod, setValue]);

  const money = (tiyn: number) => formatMoney(tiyn, locale);
  const itemsError = errorText((errors.items as { message?: string } | undefined)?.message ?? errors.items?.root?.message);
  const billingError = errorText(errors.billingMethod?.message);
  let index = -1;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" data-testid="step-services">
      <FormError message={formError} />
      <input type="hidden" {...register("kind")} />
      <p className="text-sm text-slate-600">{t("wizard.services.intro")}</p>
      {itemsError && (
        <p id="items-error" role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-700 ring-1 ring-inset ring-red-200">
          {itemsError}
        </p>
      )}
      <div className="space-y-4">
        {catalogue.map((service) => (
          <fieldset key={service.id} className="rounded-lg border border-slate-200 p-3 sm:p-4">
            <legend className="px-1 text-sm font-semibold text-slate-900">{service.name}</legend>
            <p className="text-xs text-slate-600">{service.description}</p>
            {!service.isSelfService && <p className="mt-1 text-xs text-amber-700">{t("wizard.services.reviewNeeded")}</p>}
            <ul className="mt-3 space-y-3">
              {service.tariffs.map((tariff) => {
                index += 1;
                const i = index;
                const row = items[i];
                const quantityError = errorText(errors.items?.[i]?.quantity?.message);
                return (
                  <li key={tariff.id} className="flex flex-wrap items-start gap-3" data-testid={`tariff-${tariff.id}`}>
                    <input type="hidden" {...register(`items.${i}.tariffId`)} />
                    <label className="flex min-w-0 flex-1 basis-48 cursor-pointer items-start gap-2 text-sm">
                      <input type="checkbox" className="mt-0.5 size-5 shrink-0" {...register(`items.${i}.selected`)} />
                      <span>
                        <span className="block font-medium text-slate-900">{tariff.name}</span>
                        <span className="block text-xs text-slate-600">
                          {t("wizard.services.price", { price: money(tariff.monthlyPrice), unit: t(`units.${tariff.unit}`) })}
                          {!tariff.allowsPostpaid && ` · ${t("wizard.services.postpaidNotAllowed")}`}
                        </span>
                      </span>
                    </label>
                    <div className={cn("w-28", !row?.selected && "opacity-50")}>
                      <label htmlFor={`qty-${tariff.id}`} className="sr-only">
                        {`${t("wizard.services.quantity")}: ${tariff.name}`}
                      </label>
                      <input
                        id={`qty-${tariff.id}`}
                        type="number"
                        inputMode="numeric"
                        min={1}
                        max={MAX_QUANTITY}
                        aria-invalid={!!quantityError || undefined}
                        aria-describedby={quantityError ? `qty-${tariff.id}-error` : undefined}
                        className={cn(
                          "block min-h-10 w-full rounded-lg border bg-white px-3 py-2 text-sm",
                          quantityError ? "border-red-500" : "border-slate-300",
                        )}
                        {...register(`items.${i}.quantity`, { valueAsNumber: true })}
                      />
                    </div>
                    {quantityError && (
                      <p id={`qty-${tariff.id}-error`} role="alert" className="basis-full text-sm text-red-600">
                        {quantityError}
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ))}
      </div>

      <fieldset aria-describedby={billingError ? "billing-error" : undefined}>
        <legend className="mb-2 text-sm font-semibold text-slate-900">{t("wizard.services.billingLegend")}</legend>
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          {BILLING_METHODS.map((method) => {
            const isDisabled = method === "POSTPAID" && !isPostpaidAllowed;
            return (
              <label
                key={method}
                className={cn(
                  "flex gap-3 rounded-lg border p-3 text-sm",
                  billingMethod === method ? "border-brand-500 bg-brand-50" : "border-slate-300",
                  isDisabled ? "cursor-not-allowed opacity-60" : "cursor-pointer",
                )}
              >
                <input type="radio" value={method} disabled={isDisabled} className="mt-0.5 size-4 shrink-0" {...register("billingMethod")} />
                <span>
                  <span className="block font-medium text-slate-900">{t(`wizard.billing.${method}`)}</span>
                  <span className="block text-xs text-slate-600">{t(`wizard.billing.${method}_TEXT`)}</span>
                </span>
              </label>
            );
          })}
        </div>
        {!isPostpaidAllowed && (
          <p className="mt-2 text-xs text-slate-600" data-testid="postpaid-hint">
            {kind === "PERSON"
              ? t("wizard.services.postpaidForPerson")
              : t("wizard.services.postpaidForTariffs", { names: prepaidOnly.map((tariff) => tariff!.name).join(", ") })}
          </p>
        )}
        {billingError && (
          <p id="billing-error" role="alert" className="mt-2 text-sm text-red-600">
            {billingError}
          </p>
        )}
      </fieldset>

      <section aria-live="polite" className="rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200" data-testid="live-total">
        <h3 className="text-sm font-semibold text-slate-900">{t("wizard.services.totalTitle")}</h3>
        {total.lines.length === 0 ? (
          <p className="mt-1 text-sm text-slate-600">{t("wizard.services.totalEmpty")}</p>
        ) : (
          <dl className="mt-2 space-y-1 text-sm">
            <div className="flex justify-between gap-4">
              <dt className="text-slate-600">{t("wizard.services.net")}</dt>
              <dd data-testid="total-net">{money(total.net)}</dd>
            </div>
            <div className="flex justify-between gap-4">
              <dt className="text-slate-600">{t("wizard.services.vat", { rate: vatRateBp / 100 })}</dt>
              <dd data-testid="total-vat">{money(total.vat)}</dd>
            </div>
            <div className="flex justify-between gap-4 font-semibold">
              <dt>{t("wizard.services.gross")}</dt>
              <dd data-testid="total-gross">{money(total.gross)}</dd>
            </div>
          </dl>
        )}
      </section>
      <StepActions back="contacts" isSubmitting={isSubmitting} />
    </form>
  );
}
