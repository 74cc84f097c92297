"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import type { DefaultValues, FieldValues } from "react-hook-form";
import type { z } from "zod";
import { useActionForm } from "@/components/forms/use-action-form";
import { useErrorText } from "@/components/ui/field";
import { saveAccessionStep } from "@/lib/actions/save-accession-step";
import { useWizardMemory } from "./wizard-memory";

type TStep = "kind" | "requisites" | "contacts" | "services";

// A wizard step's form: the step's zod schema in the browser, the same schema in the
// save action; on success the next step opens. What was typed survives "Back".
export function useStepForm<S extends z.ZodType<FieldValues, FieldValues>>(
  step: TStep,
  schema: S,
  saved: DefaultValues<z.input<S>>,
  override: Partial<z.input<S>> = {},
) {
  const router = useRouter();
  const errorText = useErrorText();
  const { initial, remember } = useWizardMemory(step, saved);
  const { form, onSubmit, formError, isSubmitting } = useActionForm(
    schema,
    (values) => saveAccessionStep({ step, values: values as Record<string, unknown> }),
    {
      defaultValues: { ...initial, ...override } as DefaultValues<z.input<S>>,
      onSuccess: (data) => {
        remember(form.getValues() as DefaultValues<z.input<S>>);
        router.push(`/accession/${data.next}`);
      },
    },
  );
  // Leaving the page (Back, a step link) keeps the typed values for when they return.
  useEffect(() => () => remember(form.getValues() as DefaultValues<z.input<S>>), [form, remember]);
  // A refusal that belongs to no field (step order, a change in another tab) is shown
  // above the form in place of the generic message.
  const rootError = errorText(form.formState.errors.root?.message);
  return { form, onSubmit, isSubmitting, formError: rootError ?? formError };
}
