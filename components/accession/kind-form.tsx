"use client";

import { useTranslations } from "next-intl";
import { FormError } from "@/components/forms/form-error";
import { useErrorText } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import { SUBSCRIBER_KINDS } from "@/lib/domain";
import type { TKindStep } from "@/lib/schemas/accession";
import { StepActions } from "./step-actions";
import { useStepForm } from "./use-step-form";

export function KindForm({ saved }: { saved: Partial<TKindStep> }) {
  const t = useTranslations("accession.wizard");
  const errorText = useErrorText();
  const { form, onSubmit, isSubmitting, formError } = useStepForm("kind", saved);
  const error = errorText(form.formState.errors.kind?.message);
  const chosen = form.watch("kind");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="step-kind">
      <FormError message={formError} />
      <fieldset aria-describedby={error ? "kind-error" : undefined}>
        <legend className="mb-3 text-sm font-medium text-slate-700">{t("kindLegend")}</legend>
        <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
          {SUBSCRIBER_KINDS.map((kind) => (
            <label
              key={kind}
              className={cn(
                "flex cursor-pointer gap-3 rounded-lg border p-4 text-sm transition-colors",
                chosen === kind ? "border-brand-500 bg-brand-50 ring-1 ring-brand-500" : "border-slate-300 hover:bg-slate-50",
              )}
            >
              <input type="radio" value={kind} className="mt-0.5 size-4 shrink-0" {...form.register("kind")} />
              <span>
                <span className="block font-semibold text-slate-900">{t(`kinds.${kind}.title`)}</span>
                <span className="mt-1 block text-slate-600">{t(`kinds.${kind}.text`)}</span>
              </span>
            </label>
          ))}
        </div>
        {error && (
          <p id="kind-error" role="alert" className="mt-2 text-sm text-red-600">
            {error}
          </p>
        )}
      </fieldset>
      <StepActions isSubmitting={isSubmitting} />
    </form>
  );
}
