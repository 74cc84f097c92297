"use client";

import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { TActionResult } from "@/lib/safe-action";
import { useReadOnly } from "@/components/layout/read-only-context";

// react-hook-form on the same zod schema the server action validates with. Server field
// errors land on their fields; the first wrong field gets the focus. In a read-only view
// (staff viewing the cabinet) every field is disabled and nothing is sent.
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, R>(
  schema: S,
  action: (values: z.input<S>) => Promise<TActionResult<R>>,
  options: { defaultValues?: DefaultValues<z.input<S>>; onSuccess?: (data: R, values: z.output<S>) => void | Promise<void> } = {},
) {
  type TValues = z.input<S>;
  const { isReadOnly, reason } = useReadOnly();
  const form = useForm<TValues, unknown, z.output<S>>({
    resolver: zodResolver(schema as never) as unknown as Resolver<TValues, unknown, z.output<S>>,
    defaultValues: options.defaultValues,
    shouldFocusError: true,
    // Only `true` is passed: a form-level `false` would override the fields' own `disabled`.
    ...(isReadOnly ? { disabled: true } : {}),
  });
  const [formError, setFormError] = useState<string | null>(null);

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    // The action gets what the person typed (the schema's input), not the client's parsed
    // output: the server parses it again with the same schema, transforms included.
    const result = await action(form.getValues());
    if (!result.ok) {
      const fields = Object.entries(result.fieldErrors ?? {});
      fields.forEach(([name, message], index) =>
        form.setError(name as Path<TValues>, { type: "server", message }, { shouldFocus: index === 0 }),
      );
      if (!fields.length || result.code !== "VALIDATION") setFormError(result.error);
      return;
    }
    await options.onSuccess?.(result.data, values);
  });
  const onSubmit = (event?: React.BaseSyntheticEvent) => {
    if (!isReadOnly) return submit(event);
    event?.preventDefault();
    setFormError(reason);
    return Promise.resolve();
  };

  return { form, onSubmit, formError, setFormError, isSubmitting: form.formState.isSubmitting };
}
