"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { decideProviderAccessAction } from "@/lib/actions/decide-provider-access";
import { setProviderAccessConsent } from "@/lib/actions/set-provider-access-consent";
import { ACCESS_HOURS } from "@/lib/schemas/staff-limits";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/field";
import { FormError } from "@/components/forms/form-error";
import { useReadOnlyControl } from "@/components/layout/read-only-context";

type TResult = { ok: true } | { ok: false; error: string };

function useRun() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const run = async (key: string, call: () => Promise<TResult>) => {
    setPending(key);
    setError(null);
    const result = await call();
    setPending(null);
    if (!result.ok) setError(result.error);
    else router.refresh();
  };
  return { error, pending, run };
}

// The owner's switch "provider access needs my consent".
export function ConsentSwitch({ accountId, isRequired }: { accountId: string; isRequired: boolean }) {
  const t = useTranslations("staff.providerAccess");
  const { error, pending, run } = useRun();
  const readOnly = useReadOnlyControl();
  return (
    <div className="space-y-2">
      <FormError message={error} />
      <Checkbox
        label={t("consentLabel")}
        checked={isRequired}
        disabled={!!pending || readOnly.isReadOnly}
        {...readOnly.props}
        data-testid="consent-switch"
        onChange={(event) => {
          const next = event.target.checked;
          void run("consent", () => setProviderAccessConsent({ accountId, isRequired: next }));
        }}
      />
    </div>
  );
}

// Approve (for a chosen number of hours), decline, or end an approved window early.
export function AccessDecision({ accountId, requestId, status, isOpen }: { accountId: string; requestId: string; status: string; isOpen: boolean }) {
  const t = useTranslations("staff.providerAccess");
  const { error, pending, run } = useRun();
  const [hours, setHours] = useState<number>(4);
  const readOnly = useReadOnlyControl();
  const decide = (decision: "APPROVE" | "DECLINE" | "REVOKE") =>
    run(decision, () => decideProviderAccessAction({ accountId, requestId, decision, hours: decision === "APPROVE" ? hours : undefined }));
  if (status === "PENDING") {
    return (
      <div className="space-y-2">
        <FormError message={error} />
        <div className="flex flex-wrap items-center gap-2">
          <label className="text-sm text-slate-700">
            <span className="sr-only">{t("duration")}</span>
            <select
              aria-label={t("duration")}
              value={hours}
              disabled={readOnly.isReadOnly}
              {...readOnly.props}
              onChange={(e) => setHours(Number(e.target.value))}
              className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
            >
              {ACCESS_HOURS.map((h) => (
                <option key={h} value={h}>
                  {t("hours", { count: h })}
                </option>
              ))}
            </select>
          </label>
          <Button type="button" isLoading={pending === "APPROVE"} disabled={!!pending} onClick={() => decide("APPROVE")}>
            {t("approve")}
          </Button>
          <Button type="button" variant="secondary" isLoading={pending === "DECLINE"} disabled={!!pending} onClick={() => decide("DECLINE")}>
            {t("decline")}
          </Button>
        </div>
      </div>
    );
  }
  if (status === "APPROVED" && isOpen) {
    return (
      <div className="space-y-2">
        <FormError message={error} />
        <Button type="button" variant="danger" isLoading={pending === "REVOKE"} onClick={() => decide("REVOKE")}>
          {t("revoke")}
        </Button>
      </div>
    );
  }
  return null;
}
