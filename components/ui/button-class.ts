import { cn } from "./cn";

// The button look, shared by <Button> and by links styled as buttons. Kept apart from the
// client <Button> so that server components can call it.
export type TButtonVariant = "primary" | "secondary" | "danger" | "ghost";

export const buttonVariants: Record<TButtonVariant, string> = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 disabled:bg-brand-200",
  secondary: "bg-white text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 disabled:text-slate-400",
  danger: "bg-red-600 text-white hover:bg-red-700 disabled:bg-red-200",
  ghost: "text-slate-700 hover:bg-slate-100",
};

export function buttonClass(variant: TButtonVariant = "primary", className?: string): string {
  return cn(
    "inline-flex min-h-10 items-center justify-center gap-2 rounded-lg px-4 py-2 text-sm font-medium transition-colors",
    buttonVariants[variant],
    className,
  );
}
