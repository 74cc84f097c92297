"use client";

import { Link } from "@/components/ui/link";
import { useLocale, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/card";
import { formatMoney, type TLocale } from "@/lib/money";
import type { TServiceChangeOutcome } from "@/lib/server/service-changes/perform-service-change";

// What happened to a change: applied now (and what was charged), or sent to staff.
export function ChangeResult({ outcome }: { outcome: TServiceChangeOutcome | null }) {
  const t = useTranslations("requests.changes.result");
  const locale = useLocale() as TLocale;
  if (!outcome) return null;
  if (outcome.outcome === "REQUESTED") {
    return (
      <Alert tone="info" title={t("requestedTitle", { number: outcome.requestNumber })}>
        <span data-testid="change-result">
          {t("requested", { summary: outcome.summary })}{" "}
          <Link href={`/requests/${outcome.requestId}`} className="underline">
            {t("openRequest")}
          </Link>
        </span>
      </Alert>
    );
  }
  return (
    <Alert tone="success" title={t("appliedTitle")}>
      <span data-testid="change-result">
        {outcome.summary}. {outcome.chargedTiyn > 0 ? t("charged", { amount: formatMoney(outcome.chargedTiyn, locale) }) : t("nextCharges")}
      </span>
    </Alert>
  );
}
