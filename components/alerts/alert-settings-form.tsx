"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { saveAlertSettings } from "@/lib/actions/save-alert-settings";
import type { TAlertKind } from "@/lib/domain";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Checkbox, Input } from "@/components/ui/field";

type TRow = { kind: TAlertKind; isEmailOn: boolean; isNoticeOn: boolean; hasNoticeChannel: boolean };

// Per alert kind, the mail and notice switches; the low-balance threshold in tenge. Only
// the kinds the server offered are shown; the action refuses any other.
export function AlertSettingsForm({ accountId, rows, threshold }: { accountId: string; rows: TRow[]; threshold: string | null }) {
  const t = useTranslations("alerts");
  const router = useRouter();
  const [isSaved, setIsSaved] = useState(false);
  const { form, onSubmit, formError, isSubmitting } = useActionForm(saveAlertSettings, {
    defaultValues: {
      accountId,
      alerts: rows.map((r) => ({ kind: r.kind, isEmailOn: r.isEmailOn, isNoticeOn: r.isNoticeOn })),
      ...(threshold === null ? {} : { threshold }),
    },
    onSuccess: () => {
      setIsSaved(true);
      router.refresh();
    },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" data-testid="alert-settings-form" onChange={() => setIsSaved(false)}>
      <FormError message={formError} />
      {rows.map((row, index) => (
        <fieldset key={row.kind} className="space-y-2 border-b border-slate-100 pb-4 last:border-b-0" data-testid={`alert-${row.kind}`}>
          <legend className="font-medium">{t(`kinds.${row.kind}.label`)}</legend>
          <p className="text-sm text-slate-600">{t(`kinds.${row.kind}.hint`)}</p>
          <input type="hidden" {...form.register(`alerts.${index}.kind`)} />
          <div className="flex flex-wrap gap-x-6 gap-y-2">
            <Checkbox label={t("email")} {...form.register(`alerts.${index}.isEmailOn`)} />
            {row.hasNoticeChannel ? (
              <Checkbox label={t("notice")} {...form.register(`alerts.${index}.isNoticeOn`)} />
            ) : (
              <p className="text-xs text-slate-500">{t("noticeShared")}</p>
            )}
          </div>
          {row.kind === "LOW_BALANCE" && threshold !== null && (
            <Input
              label={t("threshold")}
              inputMode="decimal"
              autoComplete="off"
              hint={t("thresholdHint")}
              error={errors.threshold?.message}
              className="max-w-xs"
              {...form.register("threshold")}
            />
          )}
        </fieldset>
      ))}
      {isSaved && <Alert tone="success">{t("saved")}</Alert>}
      <Button type="submit" isLoading={isSubmitting}>
        {t("save")}
      </Button>
    </form>
  );
}
