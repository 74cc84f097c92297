"use client";

import { forwardRef, useId } from "react";
import { useTranslations } from "next-intl";
import { cn } from "./cn";

// Error texts are catalogue keys ("validation.email"): the zod schemas' messages, which the
// actions send back as field errors, or a form's own rules' (login-limits.ts). Or texts
// already translated, by the server or the form.
export function useErrorText() {
  const t = useTranslations();
  return (message?: string) => {
    if (!message) return undefined;
    return t.has(message as never) ? t(message as never) : message;
  };
}

type TFieldProps = {
  label: string;
  error?: string;
  hint?: string;
};

// A field marked `required` shows an asterisk after its label; assistive technology reads
// the input's own required state instead (the forms are noValidate and show errors themselves).
function RequiredMark() {
  return (
    <span aria-hidden="true" className="ml-0.5 text-red-600" data-testid="required-mark">
      *
    </span>
  );
}

const inputClass =
  "block w-full min-h-10 rounded-lg border bg-white px-3 py-2 text-sm text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200 disabled:bg-slate-100";

export const Input = forwardRef<HTMLInputElement, React.InputHTMLAttributes<HTMLInputElement> & TFieldProps>(function Input(
  { label, error, hint, className, id, ...rest },
  ref,
) {
  const autoId = useId();
  const inputId = id ?? autoId;
  const errorText = useErrorText()(error);
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-700">
        {label}
        {rest.required && <RequiredMark />}
      </label>
      <input
        ref={ref}
        id={inputId}
        aria-invalid={!!errorText || undefined}
        aria-describedby={errorText ? `${inputId}-error` : hint ? `${inputId}-hint` : undefined}
        className={cn(inputClass, errorText ? "border-red-500" : "border-slate-300")}
        {...rest}
      />
      {hint && !errorText && (
        <p id={`${inputId}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {errorText && (
        <p id={`${inputId}-error`} role="alert" className="text-sm text-red-600">
          {errorText}
        </p>
      )}
    </div>
  );
});

export const Textarea = forwardRef<HTMLTextAreaElement, React.TextareaHTMLAttributes<HTMLTextAreaElement> & TFieldProps>(function Textarea(
  { label, error, hint, className, id, ...rest },
  ref,
) {
  const autoId = useId();
  const inputId = id ?? autoId;
  const errorText = useErrorText()(error);
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-700">
        {label}
        {rest.required && <RequiredMark />}
      </label>
      <textarea
        ref={ref}
        id={inputId}
        aria-invalid={!!errorText || undefined}
        aria-describedby={errorText ? `${inputId}-error` : undefined}
        className={cn(inputClass, "min-h-28", errorText ? "border-red-500" : "border-slate-300")}
        {...rest}
      />
      {hint && !errorText && <p className="text-xs text-slate-500">{hint}</p>}
      {errorText && (
        <p id={`${inputId}-error`} role="alert" className="text-sm text-red-600">
          {errorText}
        </p>
      )}
    </div>
  );
});

export const Select = forwardRef<
  HTMLSelectElement,
  React.SelectHTMLAttributes<HTMLSelectElement> & TFieldProps & { options: Array<{ value: string; label: string }> }
>(function Select({ label, error, hint, className, id, options, ...rest }, ref) {
  const autoId = useId();
  const inputId = id ?? autoId;
  const errorText = useErrorText()(error);
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-700">
        {label}
        {rest.required && <RequiredMark />}
      </label>
      <select
        ref={ref}
        id={inputId}
        aria-invalid={!!errorText || undefined}
        aria-describedby={errorText ? `${inputId}-error` : undefined}
        className={cn(inputClass, errorText ? "border-red-500" : "border-slate-300")}
        {...rest}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && !errorText && <p className="text-xs text-slate-500">{hint}</p>}
      {errorText && (
        <p id={`${inputId}-error`} role="alert" className="text-sm text-red-600">
          {errorText}
        </p>
      )}
    </div>
  );
});

export const Checkbox = forwardRef<HTMLInputElement, Omit<React.InputHTMLAttributes<HTMLInputElement>, "type"> & { label: React.ReactNode; error?: string }>(
  function Checkbox({ label, error, className, id, ...rest }, ref) {
    const autoId = useId();
    const inputId = id ?? autoId;
    const errorText = useErrorText()(error);
    return (
      <div className={cn("space-y-1", className)}>
        <div className="flex items-start gap-2">
          <input
            ref={ref}
            id={inputId}
            type="checkbox"
            aria-invalid={!!errorText || undefined}
            aria-describedby={errorText ? `${inputId}-error` : undefined}
            className="mt-0.5 size-5 shrink-0 rounded border-slate-300 text-brand-600 focus:ring-brand-500"
            {...rest}
          />
          <label htmlFor={inputId} className="text-sm text-slate-700">
            {label}
          </label>
        </div>
        {errorText && (
          <p id={`${inputId}-error`} role="alert" className="text-sm text-red-600">
            {errorText}
          </p>
        )}
      </div>
    );
  },
);
