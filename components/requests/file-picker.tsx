"use client";

import { useId, useRef } from "react";
import { useController, type Control, type FieldValues, type Path } from "react-hook-form";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/field";
import { ATTACHMENT_ACCEPT, MAX_ATTACHMENTS_PER_MESSAGE, MAX_ATTACHMENT_BYTES } from "@/lib/schemas/requests-limits";

function sizeLabel(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

type TFieldError = { message?: string } | Array<{ message?: string } | undefined> | undefined;

// Picks up to five files; each pick adds to the list, each file can be removed. The
// limits are checked here before anything is uploaded (files over them would make a body
// the server cuts short, unanswered) and again on the server, which also checks the
// content, scans each file and has the last word.
export function FilePicker<T extends FieldValues>({ control, name }: { control: Control<T>; name: Path<T> }) {
  const t = useTranslations("requests.files");
  const errorText = useErrorText();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const validate = (value: unknown) => {
    const picked: File[] = Array.isArray(value) ? value : [];
    if (picked.length > MAX_ATTACHMENTS_PER_MESSAGE) return t("tooMany");
    const tooLarge = picked.filter((file) => file.size > MAX_ATTACHMENT_BYTES);
    return tooLarge.length ? tooLarge.map((file) => `${file.name}: ${t("tooLarge")}`).join("; ") : true;
  };
  const { field, fieldState } = useController({ control, name, rules: { validate } });
  const files: File[] = Array.isArray(field.value) ? field.value : [];
  const error = fieldState.error as TFieldError & { message?: string };
  const messages = [
    error?.message,
    ...(Array.isArray(error) ? error.map((e, i) => (e?.message ? `${files[i]?.name ?? ""}: ${errorText(e.message)}` : undefined)) : []),
  ].filter(Boolean) as string[];

  return (
    <div className="space-y-2">
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-700">
        {t("label")}
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="file"
        multiple
        accept={ATTACHMENT_ACCEPT}
        disabled={field.disabled}
        aria-describedby={`${inputId}-hint${messages.length ? ` ${inputId}-error` : ""}`}
        aria-invalid={messages.length > 0 || undefined}
        className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-lg file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium hover:file:bg-slate-200"
        onChange={(event) => {
          const picked = Array.from(event.target.files ?? []);
          field.onChange([...files, ...picked]);
          event.target.value = "";
        }}
      />
      <p id={`${inputId}-hint`} className="text-xs text-slate-500">
        {t("hint", { max: MAX_ATTACHMENTS_PER_MESSAGE, size: MAX_ATTACHMENT_BYTES / 1024 / 1024 })}
      </p>
      {files.length > 0 && (
        <ul className="space-y-1" data-testid="picked-files">
          {files.map((file, index) => (
            <li key={`${file.name}-${index}`} className="flex items-center justify-between gap-2 rounded-lg bg-slate-50 px-3 py-1.5 text-sm">
              <span className="min-w-0 break-all">
                {file.name} <span className="text-xs text-slate-500">{sizeLabel(file.size)}</span>
              </span>
              <button
                type="button"
                className="shrink-0 rounded px-2 py-1 text-xs font-medium text-slate-600 hover:bg-slate-200"
                aria-label={t("remove", { name: file.name })}
                disabled={field.disabled}
                onClick={() => field.onChange(files.filter((_, i) => i !== index))}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      {messages.length > 0 && (
        <div id={`${inputId}-error`} role="alert" className="space-y-1 text-sm text-red-600" data-testid="files-error">
          {messages.map((m, i) => (
            <p key={i}>{errorText(m)}</p>
          ))}
        </div>
      )}
    </div>
  );
}
