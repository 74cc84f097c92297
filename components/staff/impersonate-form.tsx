"use client";

import { useTranslations } from "next-intl";
import { staffStartImpersonation } from "@/lib/actions/staff-start-impersonation";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { Input, Select } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

// "View as" a user of the account, for a stated purpose the owner will read: on success
// the whole page loads the cabinet as them.
export function ImpersonateForm({ accountId, users }: { accountId: string; users: Array<{ id: string; label: string }> }) {
  const t = useTranslations("staff.impersonate");
  const { form, onSubmit, formError, isSubmitting } = useActionForm(staffStartImpersonation, {
    defaultValues: { accountId, userId: users[0]?.id ?? "", reason: "" },
    onSuccess: () => window.location.assign("/dashboard"),
  });
  const { register, formState } = form;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid={`impersonate-form-${accountId}`}>
      <FormError message={formError} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Select
          label={t("user")}
          options={users.map((u) => ({ value: u.id, label: u.label }))}
          error={formState.errors.userId?.message}
          {...register("userId")}
        />
        <Input
          label={t("reason")}
          hint={t("reasonHint")}
          required
          maxLength={300}
          autoComplete="off"
          error={formState.errors.reason?.message}
          {...register("reason")}
        />
      </div>
      <Button type="submit" variant="secondary" isLoading={isSubmitting}>
        {t("submit")}
      </Button>
    </form>
  );
}
