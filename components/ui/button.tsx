import { cn } from "./cn";

type TVariant = "primary" | "secondary" | "danger" | "ghost";

const variants: Record<TVariant, string> = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 disabled:bg-brand-200",
  secondary: "bg-white text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 disabled:text-slate-400",
  danger: "bg-red-600 text-white hover:bg-red-700 disabled:bg-red-200",
  ghost: "text-slate-700 hover:bg-slate-100",
};

export type TButtonProps = React.ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: TVariant;
  isLoading?: boolean;
  loadingText?: string;
};

export function Button({ variant = "primary", isLoading, loadingText, className, children, disabled, ...rest }: TButtonProps) {
  return (
    <button
      {...rest}
      disabled={disabled || isLoading}
      aria-busy={isLoading || undefined}
      className={cn(
        "inline-flex min-h-10 items-center justify-center gap-2 rounded-lg px-4 py-2 text-sm font-medium transition-colors disabled:cursor-not-allowed",
        variants[variant],
        className,
      )}
    >
      {isLoading && <span aria-hidden className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent" />}
      {isLoading && loadingText ? loadingText : children}
    </button>
  );
}

export function buttonClass(variant: TVariant = "primary", className?: string): string {
  return cn(
    "inline-flex min-h-10 items-center justify-center gap-2 rounded-lg px-4 py-2 text-sm font-medium transition-colors",
    variants[variant],
    className,
  );
}
