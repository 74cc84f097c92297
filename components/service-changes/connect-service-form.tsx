"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { Input, Select } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { MAX_SERVICE_QUANTITY } from "@/lib/schemas/service-changes-limits";
import { connectService } from "@/lib/actions/connect-service";
import type { TServiceChangeOutcome } from "@/lib/server/service-changes/perform-service-change";
import { ChangeResult } from "./change-result";
import { ChangePreview } from "./change-preview";
import { usePreviewErrors } from "./use-preview-errors";

export type TTariffOption = { id: string; label: string; monthlyPrice: number; approvalReason: string | null };

// Connects a catalogue tariff. Before the button is pressed the preview shows, from the
// server's billing functions, what today and the invoices will charge.
export function ConnectServiceForm({ accountId, tariffs }: { accountId: string; tariffs: TTariffOption[] }) {
  const t = useTranslations("requests.changes");
  const router = useRouter();
  const [outcome, setOutcome] = useState<TServiceChangeOutcome | null>(null);
  const { form, onSubmit, formError, isSubmitting } = useActionForm(connectService, {
    defaultValues: { accountId, tariffId: "", quantity: 1 },
    onSuccess: (data) => {
      setOutcome(data);
      form.reset({ accountId, tariffId: "", quantity: 1 });
      router.refresh();
    },
  });
  const { errors } = form.formState;
  const tariff = tariffs.find((x) => x.id === form.watch("tariffId"));
  const quantity = Number(form.watch("quantity"));
  const isQuantity = Number.isInteger(quantity) && quantity >= 1 && quantity <= MAX_SERVICE_QUANTITY;
  const onPreviewErrors = usePreviewErrors(form);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("connect.title")}>
      <ChangeResult outcome={outcome} />
      <FormError message={formError} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-[1fr_8rem]">
        <Select
          label={t("connect.tariff")}
          options={[{ value: "", label: t("connect.choose") }, ...tariffs.map((x) => ({ value: x.id, label: x.label }))]}
          error={errors.tariffId?.message}
          {...form.register("tariffId")}
        />
        <Input label={t("quantity")} type="number" inputMode="numeric" min={1} error={errors.quantity?.message} {...form.register("quantity")} />
      </div>
      <ChangePreview input={tariff && isQuantity ? { action: "CONNECT", accountId, tariffId: tariff.id, quantity } : null} onFieldErrors={onPreviewErrors} />
      {tariff?.approvalReason && (
        <Alert tone="warning">
          {t(`reason.${tariff.approvalReason}` as never)} {t("connect.viaRequest")}
        </Alert>
      )}
      <Button type="submit" isLoading={isSubmitting}>
        {tariff?.approvalReason ? t("connect.submitRequest") : t("connect.submit")}
      </Button>
    </form>
  );
}
