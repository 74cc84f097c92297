"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { resendActivation } from "@/lib/actions/resend-activation";
import { Button } from "@/components/ui/button";
import { Alert, Card } from "@/components/ui/card";
import { FormError } from "./form-error";

// After registering: where the link went, and "send it again" (which replaces it).
export function CheckMail({ email, onOtherEmail }: { email: string; onOtherEmail: () => void }) {
  const t = useTranslations("auth.checkMail");
  const [isSending, setSending] = useState(false);
  const [isResent, setResent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The form just disappeared: move focus to what replaced it, for keyboard and screen readers.
  useEffect(() => headingRef.current?.focus(), []);

  async function onResend() {
    setSending(true);
    setError(null);
    setResent(false);
    const result = await resendActivation({ email });
    setSending(false);
    if (result.ok) setResent(true);
    else setError(result.error);
  }

  return (
    <Card className="w-full max-w-md" data-testid="check-mail">
      <h1 ref={headingRef} tabIndex={-1} className="text-xl font-semibold focus:outline-none">
        {t("title")}
      </h1>
      <p className="mt-3 text-sm text-slate-700">{t("text", { email })}</p>
      <p className="mt-2 text-sm text-slate-600">{t("expiry")}</p>
      <p className="mt-4 text-sm text-slate-600">{t("noMail")}</p>
      <div className="mt-4 space-y-3" aria-live="polite">
        <FormError message={error} />
        {isResent && <Alert tone="success">{t("resent")}</Alert>}
      </div>
      <div className="mt-4 flex flex-col gap-2 sm:flex-row">
        <Button type="button" variant="secondary" onClick={onResend} isLoading={isSending} loadingText={t("resending")}>
          {t("resend")}
        </Button>
        <Button type="button" variant="ghost" onClick={onOtherEmail}>
          {t("otherEmail")}
        </Button>
      </div>
    </Card>
  );
}
