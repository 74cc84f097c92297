"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { Input, Select } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { formatMoney, vatOf, type TLocale } from "@/lib/money";
import { ZConnectService } from "@/lib/schemas/service-changes";
import { connectService } from "@/lib/actions/connect-service";
import type { TServiceChangeOutcome } from "@/lib/server/service-changes/perform-service-change";
import { ChangeResult } from "./change-result";

export type TTariffOption = { id: string; label: string; monthlyPrice: number; approvalReason: string | null };

// Connects a catalogue tariff. The estimate mirrors the server's rule (the rest of this
// month now, pro rata, then the full month); the server recomputes it and decides.
export function ConnectServiceForm({
  accountId,
  tariffs,
  vatRateBp,
  month,
}: {
  accountId: string;
  tariffs: TTariffOption[];
  vatRateBp: number;
  month: { daysLeft: number; daysInMonth: number };
}) {
  const t = useTranslations("requests.changes");
  const locale = useLocale() as TLocale;
  const router = useRouter();
  const [outcome, setOutcome] = useState<TServiceChangeOutcome | null>(null);
  const { form, onSubmit, formError, isSubmitting } = useActionForm(ZConnectService, connectService, {
    defaultValues: { accountId, tariffId: "", quantity: 1 },
    onSuccess: (data) => {
      setOutcome(data);
      form.reset({ accountId, tariffId: "", quantity: 1 });
      router.refresh();
    },
  });
  const { errors } = form.formState;
  const tariff = tariffs.find((x) => x.id === form.watch("tariffId"));
  const quantity = Number(form.watch("quantity")) || 0;
  const monthlyNet = tariff ? tariff.monthlyPrice * quantity : 0;
  const monthlyGross = monthlyNet + vatOf(monthlyNet, vatRateBp);
  const nowNet = Math.round((monthlyNet * month.daysLeft) / month.daysInMonth);
  const nowGross = nowNet + vatOf(nowNet, vatRateBp);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("connect.title")}>
      <ChangeResult outcome={outcome} />
      <FormError message={formError} />
      <div className="grid gap-3 sm:grid-cols-[1fr_8rem]">
        <Select
          label={t("connect.tariff")}
          options={[{ value: "", label: t("connect.choose") }, ...tariffs.map((x) => ({ value: x.id, label: x.label }))]}
          error={errors.tariffId?.message}
          {...form.register("tariffId")}
        />
        <Input label={t("quantity")} type="number" inputMode="numeric" min={1} error={errors.quantity?.message} {...form.register("quantity")} />
      </div>
      {tariff && quantity > 0 && (
        <p className="text-sm text-slate-700" data-testid="connect-estimate">
          {t("connect.estimate", {
            monthly: formatMoney(monthlyGross, locale),
            now: formatMoney(nowGross, locale),
            days: month.daysLeft,
            total: month.daysInMonth,
          })}
        </p>
      )}
      {tariff?.approvalReason && <Alert tone="warning">{t(`reason.${tariff.approvalReason}` as never)} {t("connect.viaRequest")}</Alert>}
      <Button type="submit" isLoading={isSubmitting}>
        {tariff?.approvalReason ? t("connect.submitRequest") : t("connect.submit")}
      </Button>
    </form>
  );
}
