"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useErrorText } from "@/components/ui/field";
import type { TActionResult } from "@/lib/safe-action";
import { useReadOnly } from "@/components/layout/read-only-context";

// For an action run by a button (no form): the refusal to show, what went well, and a
// refresh of the server-rendered page afterwards. Nothing is sent in a read-only view.
export function useActionButton() {
  const router = useRouter();
  const errorText = useErrorText();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const { isReadOnly, reason } = useReadOnly();

  function run<R>(action: () => Promise<TActionResult<R>>, onSuccess: (data: R) => string | void) {
    setError(null);
    setMessage(null);
    if (isReadOnly) return setError(reason);
    startTransition(async () => {
      const result = await action();
      if (!result.ok) {
        const fieldError = Object.values(result.fieldErrors ?? {})[0];
        setError((fieldError && errorText(fieldError)) || result.error);
        return;
      }
      const text = onSuccess(result.data);
      if (text) setMessage(text);
      router.refresh();
    });
  }

  return { run, isPending, error, message };
}
