"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { Input, Textarea } from "@/components/ui/field";

type TTexts = { titleRu: string; titleKk: string; titleEn: string; bodyRu: string; bodyKk: string; bodyEn: string };

// Title and text in Russian, Kazakh and English: everything the provider publishes is
// read in the reader's language.
export function TrilingualFields({
  register,
  errors,
  rows = 5,
}: {
  register: UseFormRegister<TTexts>;
  errors: FieldErrors<TTexts>;
  rows?: number;
}) {
  const t = useTranslations("staff.texts");
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
      {(["Ru", "Kk", "En"] as const).map((lang) => (
        <fieldset key={lang} className="space-y-3 rounded-lg border border-slate-200 p-3">
          <legend className="px-1 text-sm font-medium text-slate-700">{t(`lang${lang}`)}</legend>
          <Input label={t("title")} error={errors[`title${lang}`]?.message} {...register(`title${lang}`)} />
          <Textarea label={t("body")} rows={rows} error={errors[`body${lang}`]?.message} {...register(`body${lang}`)} />
        </fieldset>
      ))}
    </div>
  );
}
