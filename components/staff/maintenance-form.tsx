"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { staffAnnounceMaintenance } from "@/lib/actions/staff-announce-maintenance";
import { staffEndMaintenance } from "@/lib/actions/staff-end-maintenance";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { Input, Select } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { TrilingualFields } from "./trilingual-fields";

type TDefaults = { startsAt: string; endsAt: string; titleRu: string; titleKk: string; titleEn: string; bodyRu: string; bodyKk: string; bodyEn: string };

export function MaintenanceForm({ defaults }: { defaults: TDefaults }) {
  const t = useTranslations("staff.maintenance");
  const router = useRouter();
  const initial = { audience: "ALL" as const, accountNumber: "", ...defaults };
  const { form, onSubmit, formError, isSubmitting } = useActionForm(staffAnnounceMaintenance, {
    defaultValues: initial,
    onSuccess: () => router.refresh(),
  });
  const { register, watch, formState } = form;
  const e = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="maintenance-form">
      <FormError message={formError} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Select
          label={t("audience")}
          options={(["ALL", "ACCOUNT"] as const).map((a) => ({ value: a, label: t(`audiences.${a}`) }))}
          {...register("audience")}
        />
        {watch("audience") === "ACCOUNT" && (
          <Input label={t("accountNumber")} inputMode="numeric" error={e.accountNumber?.message} {...register("accountNumber")} />
        )}
        <Input label={t("startsAt")} type="datetime-local" error={e.startsAt?.message} {...register("startsAt")} />
        <Input label={t("endsAt")} type="datetime-local" error={e.endsAt?.message} {...register("endsAt")} />
      </div>
      <TrilingualFields register={register as never} errors={e as never} rows={3} />
      <Button type="submit" isLoading={isSubmitting}>
        {t("submit")}
      </Button>
    </form>
  );
}

export function EndMaintenanceButton({ windowId, isFuture }: { windowId: string; isFuture: boolean }) {
  const t = useTranslations("staff.maintenance");
  const router = useRouter();
  const [isPending, setPending] = useState(false);
  return (
    <Button
      type="button"
      variant="secondary"
      isLoading={isPending}
      data-testid={`end-maintenance-${windowId}`}
      onClick={async () => {
        setPending(true);
        await staffEndMaintenance({ windowId });
        setPending(false);
        router.refresh();
      }}
    >
      {isFuture ? t("cancel") : t("end")}
    </Button>
  );
}
