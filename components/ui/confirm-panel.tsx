"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Button } from "./button";

type TProps = {
  title: string;
  consequence: string;
  confirmLabel: string;
  cancelLabel: string;
  onCancel: () => void;
  isLoading?: boolean;
  // The reason field, and whatever else the confirmation needs.
  children?: React.ReactNode;
  testId?: string;
  confirmTestId?: string;
};

// The second step of an action that cannot be lightly taken back: it spells out what will
// happen, and the action runs only from its confirm button, which submits the enclosing
// form (so the form's own validation puts errors on the fields inside it). Inline rather
// than modal, so it works at 360 px and in a table cell; an alertdialog named by its title
// and described by the consequence. Focus moves into it (its first field, else the confirm
// button) and Escape cancels.
export function ConfirmPanel({ title, consequence, confirmLabel, cancelLabel, onCancel, isLoading, children, testId, confirmTestId }: TProps) {
  const titleId = useId();
  const consequenceId = useId();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>("input:not([type=hidden]), textarea, select, button[type=submit]")?.focus();
  }, []);

  return (
    <div
      ref={ref}
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={consequenceId}
      data-testid={testId}
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.preventDefault();
        event.stopPropagation();
        onCancel();
      }}
      className="space-y-3 rounded-lg bg-red-50 p-3 ring-1 ring-inset ring-red-200"
    >
      <p id={titleId} className="text-sm font-semibold text-red-800">
        {title}
      </p>
      <p id={consequenceId} className="text-sm text-red-900" data-testid={testId ? `${testId}-consequence` : undefined}>
        {consequence}
      </p>
      {children}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" isLoading={isLoading} data-testid={confirmTestId}>
          {confirmLabel}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel} disabled={isLoading}>
          {cancelLabel}
        </Button>
      </div>
    </div>
  );
}

// Whether the confirmation is open. `containerRef` goes on an element around both the
// trigger (marked `data-confirm-trigger`) and the panel: cancelling puts the focus back on
// the trigger, so a keyboard user is not dropped at the top of the page.
export function useConfirmStep<E extends HTMLElement = HTMLElement>() {
  const [isConfirming, setConfirming] = useState(false);
  const containerRef = useRef<E>(null);
  const shouldRefocus = useRef(false);
  useEffect(() => {
    if (isConfirming || !shouldRefocus.current) return;
    shouldRefocus.current = false;
    containerRef.current?.querySelector<HTMLElement>("[data-confirm-trigger]")?.focus();
  }, [isConfirming]);
  return {
    isConfirming,
    containerRef,
    open: () => setConfirming(true),
    close: () => setConfirming(false),
    cancel: () => {
      shouldRefocus.current = true;
      setConfirming(false);
    },
  };
}
