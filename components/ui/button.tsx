"use client";

import { cn } from "./cn";
import { buttonVariants, type TButtonVariant } from "./button-class";
import { useReadOnlyControl } from "@/components/layout/read-only-context";

export type TButtonProps = React.ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: TButtonVariant;
  isLoading?: boolean;
  loadingText?: string;
  // A button that only reads (a filter, a download, a switch of the shown account) stays
  // enabled while staff view the cabinet read-only; every other button is disabled then.
  isReadAction?: boolean;
};

export function Button({ variant = "primary", isLoading, loadingText, isReadAction, className, children, disabled, ...rest }: TButtonProps) {
  const readOnly = useReadOnlyControl(rest["aria-describedby"]);
  const isBlocked = !isReadAction && readOnly.isReadOnly;
  return (
    <button
      {...rest}
      {...(isBlocked ? readOnly.props : {})}
      disabled={disabled || isLoading || isBlocked}
      aria-busy={isLoading || undefined}
      className={cn(
        "inline-flex min-h-10 items-center justify-center gap-2 rounded-lg px-4 py-2 text-sm font-medium transition-colors disabled:cursor-not-allowed",
        buttonVariants[variant],
        className,
      )}
    >
      {isLoading && <span aria-hidden className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent" />}
      {isLoading && loadingText ? loadingText : children}
    </button>
  );
}
