"use client";

import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { buttonClass } from "@/components/ui/button-class";
import { Input, useErrorText } from "@/components/ui/field";
import { inviteMemberAction } from "@/lib/actions/invite-member";
import type { TPermission } from "@/lib/auth/permissions";
import { GrantsPicker } from "./grants-picker";

export function InviteForm({ accountId }: { accountId: string }) {
  const t = useTranslations("users");
  const router = useRouter();
  const errorText = useErrorText();
  const { form, onSubmit, formError, isSubmitting } = useActionForm(inviteMemberAction, {
    defaultValues: { accountId, email: "", name: "", phone: "", permissions: [] },
    onSuccess: (data) => {
      const notice = !data.isMailSent ? "mailFailed" : data.isNewPerson ? "newPerson" : "existing";
      router.push(`/users/${data.userId}?invited=${notice}`);
      router.refresh();
    },
  });
  const {
    register,
    setValue,
    formState: { errors },
  } = form;
  const permissions = (useWatch({ control: form.control, name: "permissions" }) ?? []) as TPermission[];
  const permissionsError = errors.permissions?.message ?? (Array.isArray(errors.permissions) ? errors.permissions.find(Boolean)?.message : undefined);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" data-testid="invite-form">
      <FormError message={formError ?? errorText(errors.root?.message)} />
      <input type="hidden" {...register("accountId")} />
      <Input label={t("form.email")} type="email" required autoComplete="off" error={errors.email?.message} {...register("email")} />
      <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
        <Input label={t("form.name")} required autoComplete="off" error={errors.name?.message} {...register("name")} />
        <Input label={t("form.phone")} type="tel" required hint={t("form.phoneHint")} autoComplete="off" error={errors.phone?.message} {...register("phone")} />
      </div>
      <GrantsPicker
        value={permissions}
        onChange={(next) => setValue("permissions", next, { shouldDirty: true, shouldValidate: form.formState.isSubmitted })}
        error={errorText(permissionsError)}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" isLoading={isSubmitting} loadingText={t("form.submitting")}>
          {t("form.submit")}
        </Button>
        <Link href="/users" className={buttonClass("secondary")}>
          {t("form.cancel")}
        </Link>
      </div>
    </form>
  );
}
