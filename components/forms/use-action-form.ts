"use client";

import { useEffect, useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { TActionResult } from "@/lib/safe-action";
import { useReadOnly } from "@/components/layout/read-only-context";

// react-hook-form around a server action, typed by the action's input. The browser does
// not validate: the action parses what was typed with its zod schema (lib/schemas, which
// stays on the server instead of adding 31 KB gzip to every page with a form), and its
// field errors, keyed by the field's path, land on their fields; the first wrong field gets
// the focus. Editing a field takes its error away; the next submit gets a fresh answer. In
// a read-only view (staff viewing the cabinet) every field is disabled and nothing is sent.
export function useActionForm<TInput extends FieldValues, R>(
  action: (values: TInput) => Promise<TActionResult<R>>,
  // NoInfer: the action's input alone types the form, not the defaults' narrower literals.
  options: { defaultValues?: DefaultValues<NoInfer<TInput>>; onSuccess?: (data: R, values: NoInfer<TInput>) => void | Promise<void> } = {},
) {
  const { isReadOnly, reason } = useReadOnly();
  const form = useForm<TInput>({
    defaultValues: options.defaultValues,
    shouldFocusError: true,
    // Only `true` is passed: a form-level `false` would override the fields' own `disabled`.
    ...(isReadOnly ? { disabled: true } : {}),
  });
  const [formError, setFormError] = useState<string | null>(null);

  // The server's word on a value goes when the value changes: the field's own error, and an
  // error on a group the field belongs to ("choose a service" on `items` when a box is
  // ticked). react-hook-form alone re-validates only a registered field, and only after a
  // submit; a value set with setValue (the grants picker) it does not re-validate at all.
  useEffect(() => {
    const subscription = form.watch((_values, { name }) => {
      if (!name) return;
      const parts = name.split(".");
      for (let length = parts.length; length > 0; length--) {
        const path = parts.slice(0, length).join(".") as Path<TInput>;
        const error = form.getFieldState(path).error;
        // An enclosing object or array that only holds its members' errors keeps them.
        if (error && (length === parts.length || error.type)) form.clearErrors(path);
      }
    });
    return () => subscription.unsubscribe();
  }, [form]);

  const submit = form.handleSubmit(async () => {
    setFormError(null);
    // What the form holds, as typed: the action's schema trims, converts and checks it.
    const values = form.getValues();
    const result = await action(values);
    if (!result.ok) {
      const fields = Object.entries(result.fieldErrors ?? {});
      fields.forEach(([name, message], index) => form.setError(name as Path<TInput>, { type: "server", message }, { shouldFocus: index === 0 }));
      if (!fields.length || result.code !== "VALIDATION") setFormError(result.error);
      return;
    }
    await options.onSuccess?.(result.data, values);
  });
  const onSubmit = (event?: React.BaseSyntheticEvent) => {
    if (isReadOnly) {
      event?.preventDefault();
      setFormError(reason);
      return Promise.resolve();
    }
    // The previous answer's errors are about values that may have changed since, and without
    // a resolver react-hook-form would keep any not on a registered field and refuse to send.
    form.clearErrors();
    return submit(event);
  };

  return { form, onSubmit, formError, setFormError, isSubmitting: form.formState.isSubmitting };
}
