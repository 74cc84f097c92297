"use client";

import { createContext, useCallback, useContext, useState } from "react";

// What the person typed on each step, kept while they move between the wizard's pages
// (the accession layout stays mounted), so "Back" never loses unsaved input. Saved steps
// come from the server draft; this only adds what was typed since.
const WizardMemory = createContext<Map<string, unknown> | null>(null);

export function WizardMemoryProvider({ children }: { children: React.ReactNode }) {
  const [memory] = useState(() => new Map<string, unknown>());
  return <WizardMemory value={memory}>{children}</WizardMemory>;
}

export function useWizardMemory<T>(step: string, saved: T): { initial: T; remember: (values: T) => void } {
  const memory = useContext(WizardMemory);
  const [initial] = useState<T>(() => (memory?.get(step) as T | undefined) ?? saved);
  const remember = useCallback((values: T) => void memory?.set(step, values), [memory, step]);
  return { initial, remember };
}
