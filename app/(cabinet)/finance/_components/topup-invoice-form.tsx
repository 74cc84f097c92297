"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { Input } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { createTopupInvoice } from "@/lib/actions/create-topup-invoice";
import { formatMoney, type TLocale } from "@/lib/money";

type TCreated = { id: string; number: string; amountGross: number };

// "Invoice for top-up": the amount in, the invoice out at once with its PDF link.
export function TopupInvoiceForm({ accountId }: { accountId: string }) {
  const t = useTranslations("finance.topup");
  const locale = useLocale() as TLocale;
  const router = useRouter();
  const [created, setCreated] = useState<TCreated | null>(null);
  const { form, onSubmit, formError, isSubmitting } = useActionForm(createTopupInvoice, {
    defaultValues: { accountId, amount: "" },
    onSuccess: (data) => {
      setCreated(data);
      form.reset({ accountId, amount: "" });
      router.refresh(); // the documents on the dashboard and the documents list
    },
  });

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-start" data-testid="topup-form">
        <input type="hidden" {...form.register("accountId")} />
        <Input
          label={t("amount")}
          hint={t("amountHint")}
          inputMode="decimal"
          autoComplete="off"
          placeholder="50 000"
          className="sm:w-64"
          error={form.formState.errors.amount?.message}
          {...form.register("amount", { onChange: () => setCreated(null) })}
        />
        <Button type="submit" isLoading={isSubmitting} loadingText={t("submitting")} className="sm:mt-6">
          {t("submit")}
        </Button>
      </form>
      <FormError message={formError} />
      {created && (
        <div data-testid="topup-created">
          <Alert tone="success">
            <p>{t("created", { number: created.number, amount: formatMoney(created.amountGross, locale) })}</p>
            <p className="mt-2 flex flex-wrap gap-4">
              <a href={`/api/documents/${encodeURIComponent(created.id)}/pdf`} className="font-semibold underline" data-testid="topup-download">
                {t("download")}
              </a>
              <a href="/documents?kind=INVOICE" className="underline">
                {t("allDocuments")}
              </a>
            </p>
          </Alert>
        </div>
      )}
    </div>
  );
}
