"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { staffChangeUserStatus } from "@/lib/actions/staff-change-user-status";
import { ZChangeUserStatus } from "@/lib/schemas/staff";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { Input } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

// Blocking one person for a violation, or lifting the block.
export function UserStatusForm({ userId, isBlocked }: { userId: string; isBlocked: boolean }) {
  const t = useTranslations("staff.lifecycle");
  const router = useRouter();
  const operation = isBlocked ? "UNBLOCK" : "BLOCK";
  const { form, onSubmit, formError, isSubmitting } = useActionForm(ZChangeUserStatus, staffChangeUserStatus, {
    defaultValues: { userId, operation, reason: "" },
    onSuccess: () => router.refresh(),
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2 sm:flex-row sm:items-end" data-testid={`user-status-form-${userId}`}>
      <FormError message={formError ?? (errors.operation?.message ? t("errors.cannot") : null)} />
      <input type="hidden" {...form.register("operation")} />
      {!isBlocked && <Input label={t("userReason")} className="flex-1" error={errors.reason?.message} {...form.register("reason")} />}
      <Button type="submit" variant={isBlocked ? "secondary" : "danger"} isLoading={isSubmitting}>
        {t(isBlocked ? "unblockUser" : "blockUser")}
      </Button>
    </form>
  );
}
