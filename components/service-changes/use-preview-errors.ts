"use client";

import { useCallback } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";

// The preview's refusals on the form's own fields (marked "preview"), cleared once the
// preview is answered, so a wrong choice is told before anything is submitted.
export function usePreviewErrors<T extends FieldValues>(form: Pick<UseFormReturn<T>, "getValues" | "getFieldState" | "clearErrors" | "setError">) {
  return useCallback(
    (errors: Record<string, string> | null) => {
      const fields = Object.keys(form.getValues()) as Path<T>[];
      for (const name of fields) {
        if (form.getFieldState(name).error?.type === "preview") form.clearErrors(name);
      }
      for (const [name, message] of Object.entries(errors ?? {})) {
        form.setError((fields.includes(name as Path<T>) ? name : fields.at(-1)) as Path<T>, { type: "preview", message });
      }
    },
    [form],
  );
}
