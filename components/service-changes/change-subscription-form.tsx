"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { Input, Select } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { MAX_SERVICE_QUANTITY } from "@/lib/schemas/service-changes-limits";
import { changeSubscription } from "@/lib/actions/change-subscription";
import type { TServiceChangeOutcome } from "@/lib/server/service-changes/perform-service-change";
import { ChangeResult } from "./change-result";
import { ChangePreview } from "./change-preview";
import { usePreviewErrors } from "./use-preview-errors";
import type { TTariffOption } from "./connect-service-form";

// Another tariff of the same service, or another quantity.
export function ChangeSubscriptionForm({
  accountId,
  subscription,
  tariffs,
}: {
  accountId: string;
  subscription: { id: string; tariffId: string; quantity: number };
  tariffs: TTariffOption[];
}) {
  const t = useTranslations("requests.changes");
  const tPreview = useTranslations("services.preview");
  const router = useRouter();
  const [outcome, setOutcome] = useState<TServiceChangeOutcome | null>(null);
  const defaults = { accountId, subscriptionId: subscription.id, tariffId: subscription.tariffId, quantity: subscription.quantity };
  const { form, onSubmit, formError, isSubmitting } = useActionForm(changeSubscription, {
    defaultValues: defaults,
    onSuccess: (data) => {
      setOutcome(data);
      router.refresh();
    },
  });
  const { errors } = form.formState;
  const tariffId = form.watch("tariffId");
  const quantity = Number(form.watch("quantity"));
  const isQuantity = Number.isInteger(quantity) && quantity >= 1 && quantity <= MAX_SERVICE_QUANTITY;
  const isChanged = tariffId !== subscription.tariffId || quantity !== subscription.quantity;
  const onPreviewErrors = usePreviewErrors(form);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("change.title")}>
      <ChangeResult outcome={outcome} />
      <FormError message={formError} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-[1fr_8rem]">
        <Select
          label={t("change.tariff")}
          options={tariffs.map((x) => ({ value: x.id, label: x.label }))}
          error={errors.tariffId?.message ?? errors.subscriptionId?.message}
          {...form.register("tariffId")}
        />
        <Input label={t("quantity")} type="number" inputMode="numeric" min={1} error={errors.quantity?.message} {...form.register("quantity")} />
      </div>
      <p className="text-xs text-slate-500">{tPreview("changeNote")}</p>
      <ChangePreview
        input={tariffId && isQuantity && isChanged ? { action: "CHANGE", accountId, subscriptionId: subscription.id, tariffId, quantity } : null}
        onFieldErrors={onPreviewErrors}
      />
      <Button type="submit" variant="secondary" isLoading={isSubmitting}>
        {t("change.submit")}
      </Button>
    </form>
  );
}
