"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { confirmEmailChange } from "@/lib/actions/confirm-email-change";
import { Button } from "@/components/ui/button";
import { buttonClass } from "@/components/ui/button-class";
import { Alert } from "@/components/ui/card";
import { FormError } from "./form-error";

// A button rather than applying on page load: mail scanners open links, people press buttons.
export function ConfirmEmailForm({ token }: { token: string }) {
  const t = useTranslations("auth.confirmEmail");
  const [isPending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [changedTo, setChangedTo] = useState<string | null>(null);

  async function onConfirm() {
    setPending(true);
    setError(null);
    const result = await confirmEmailChange({ token });
    setPending(false);
    if (result.ok) setChangedTo(result.data.email);
    else setError(result.error);
  }

  if (changedTo) {
    return (
      <div className="space-y-4" data-testid="email-confirmed">
        <h1 className="text-xl font-semibold">{t("doneTitle")}</h1>
        <Alert tone="success">{t("done", { email: changedTo })}</Alert>
        <Link href="/profile" className={buttonClass("primary", "w-full")}>
          {t("toProfile")}
        </Link>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-600">{t("text")}</p>
      <FormError message={error} />
      <Button type="button" className="w-full" onClick={onConfirm} isLoading={isPending} loadingText={t("submitting")}>
        {t("submit")}
      </Button>
    </div>
  );
}
