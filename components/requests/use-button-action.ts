"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { TActionResult } from "@/lib/safe-action";
import { useReadOnly } from "@/components/layout/read-only-context";

// For one-click actions (take, rescan, close): run it, show the refusal's own words (a
// field error carries the specific reason), refresh the page on success.
export function useButtonAction<I, R>(action: (input: I) => Promise<TActionResult<R>>, onDone?: (data: R) => void) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const { isReadOnly, reason } = useReadOnly();
  const run = (input: I) => {
    if (isReadOnly) return setError(reason);
    startTransition(async () => {
      setError(null);
      const result = await action(input);
      if (!result.ok) {
        setError(Object.values(result.fieldErrors ?? {})[0] ?? result.error);
        return;
      }
      onDone?.(result.data);
      router.refresh();
    });
  };
  return { run, isPending, error };
}
