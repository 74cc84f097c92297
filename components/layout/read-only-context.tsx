"use client";

import { createContext, useContext } from "react";

// While staff view a cabinet as a customer ("view as"), nothing may change: the server
// refuses every mutation (lib/safe-action.ts), and the screens say so before anyone
// submits. The cabinet layout sets `reason` from the session; every control that would
// change something reads it here, renders disabled, and points to the one visible note.

const READ_ONLY_NOTE_ID = "read-only-note";

type TReadOnly = { isReadOnly: boolean; reason: string | null };

const ReadOnlyContext = createContext<TReadOnly>({ isReadOnly: false, reason: null });

export function ReadOnlyProvider({ reason, children }: { reason: string | null; children: React.ReactNode }) {
  return <ReadOnlyContext.Provider value={{ isReadOnly: !!reason, reason }}>{children}</ReadOnlyContext.Provider>;
}

export function useReadOnly(): TReadOnly {
  return useContext(ReadOnlyContext);
}

// The attributes a disabled control carries in a read-only view: the reason as its
// tooltip and, for assistive technology, a description pointing to the visible note.
export function useReadOnlyControl(describedBy?: string) {
  const { isReadOnly, reason } = useReadOnly();
  const props = isReadOnly
    ? {
        title: reason ?? undefined,
        "aria-describedby": [describedBy, READ_ONLY_NOTE_ID].filter(Boolean).join(" "),
        "data-read-only": "true",
      }
    : {};
  return { isReadOnly, props };
}

// The visible reason, once per page, in the sticky header: whatever the scroll, the
// disabled controls have their explanation on screen.
export function ReadOnlyNote() {
  const { reason } = useReadOnly();
  if (!reason) return null;
  return (
    <p id={READ_ONLY_NOTE_ID} role="note" data-testid="read-only-note" className="border-t border-amber-200 bg-amber-50 px-4 py-1.5 text-center text-xs font-medium text-amber-900">
      {reason}
    </p>
  );
}
