"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import type { DefaultValues } from "react-hook-form";
import { useActionForm } from "@/components/forms/use-action-form";
import { useErrorText } from "@/components/ui/field";
import { saveAccessionStep } from "@/lib/actions/save-accession-step";
import type { TContactsStepInput, TKindStep, TRequisitesStepInput, TServicesStepInput } from "@/lib/schemas/accession";
import { useWizardMemory } from "./wizard-memory";

// Each step's values, as its form holds them (the input of the step's schema).
type TStepInputs = {
  kind: TKindStep;
  requisites: TRequisitesStepInput;
  contacts: TContactsStepInput;
  services: TServicesStepInput;
};

// A wizard step's form: the save action validates it with the step's zod schema and its
// field errors land on the form's fields; on success the next step opens. What was typed
// survives "Back".
export function useStepForm<K extends keyof TStepInputs>(step: K, saved: DefaultValues<TStepInputs[K]>, override: Partial<TStepInputs[K]> = {}) {
  type TValues = TStepInputs[K];
  const router = useRouter();
  const errorText = useErrorText();
  const { initial, remember } = useWizardMemory(step, saved);
  const { form, onSubmit, formError, isSubmitting } = useActionForm(
    (values: TValues) => saveAccessionStep({ step, values: values as Record<string, unknown> }),
    {
      defaultValues: { ...initial, ...override } as DefaultValues<TValues>,
      onSuccess: (data) => {
        remember(form.getValues() as DefaultValues<TValues>);
        router.push(`/accession/${data.next}`);
      },
    },
  );
  // Leaving the page (Back, a step link) keeps the typed values for when they return.
  useEffect(() => () => remember(form.getValues() as DefaultValues<TValues>), [form, remember]);
  // A refusal that belongs to no field (step order, a change in another tab) is shown
  // above the form in place of the generic message.
  const rootError = errorText(form.formState.errors.root?.message);
  return { form, onSubmit, isSubmitting, formError: rootError ?? formError };
}
