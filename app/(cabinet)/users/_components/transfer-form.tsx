"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { Input, useErrorText } from "@/components/ui/field";
import { transferOwnershipAction } from "@/lib/actions/transfer-ownership";

// Handing the cabinet over: the owner's password, then an explicit second confirmation
// (asked only once a password is typed; the action checks it).
export function TransferForm({ accountId, userId, name }: { accountId: string; userId: string; name: string }) {
  const t = useTranslations("users.member");
  const errorText = useErrorText();
  const [isConfirming, setConfirming] = useState(false);
  const { form, onSubmit, formError, isSubmitting } = useActionForm(transferOwnershipAction, {
    defaultValues: { accountId, userId, password: "" },
    // The page is the new owner's now: a full load shows the cabinet as a member sees it.
    onSuccess: () => window.location.assign("/dashboard"),
  });
  const { errors } = form.formState;
  return (
    <form
      onSubmit={(event) => {
        if (!isConfirming) {
          event.preventDefault();
          void form.trigger("password").then((ok) => ok && setConfirming(true));
          return;
        }
        void onSubmit(event);
      }}
      noValidate
      className="space-y-4"
      data-testid="transfer-form"
    >
      <FormError message={formError ?? errorText(errors.root?.message)} />
      <Input
        label={t("password")}
        type="password"
        autoComplete="current-password"
        hint={t("passwordHint")}
        error={errors.password?.message}
        {...form.register("password", { required: "validation.required", onChange: () => setConfirming(false) })}
      />
      {isConfirming && (
        <p role="alert" className="rounded-lg bg-amber-50 p-3 text-sm font-medium text-amber-900">
          {t("transferConfirm", { name })}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button
          type="submit"
          variant={isConfirming ? "danger" : "secondary"}
          isLoading={isSubmitting}
          loadingText={t("transferring")}
          data-testid={isConfirming ? "confirm-transfer" : "start-transfer"}
        >
          {isConfirming ? t("confirm") : t("transfer")}
        </Button>
        {isConfirming && (
          <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
            {t("cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}
