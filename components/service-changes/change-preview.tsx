"use client";

import { useEffect, useRef, useState } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { formatMoney, type TLocale } from "@/lib/money";
import { useErrorText } from "@/components/ui/field";
import { previewServiceChange } from "@/lib/actions/preview-service-change";
import type { TPreviewServiceChange } from "@/lib/schemas/service-changes";
import type { TServiceChangePreview } from "@/lib/server/service-changes/get-service-change-preview";

const DAY_MS = 86_400_000;
const ZONE = "Asia/Almaty";

// The price of a change before the customer confirms it: what is charged today, this
// month's invoice and the next one, as the server's billing functions compute them (the
// same figures the change and the monthly run will charge). Asked again, a moment after
// the person stops typing, whenever the change described by `input` changes. Field errors
// (a tariff that cannot be chosen, a prepaid balance too low) go to `onFieldErrors`, so
// the form shows them on their fields before anything is submitted.
export function ChangePreview({
  input,
  onFieldErrors,
}: {
  input: TPreviewServiceChange | null;
  onFieldErrors?: (errors: Record<string, string> | null) => void;
}) {
  const t = useTranslations("services.preview");
  const format = useFormatter();
  const locale = useLocale() as TLocale;
  const errorText = useErrorText();
  const [preview, setPreview] = useState<TServiceChangePreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isLoading, setLoading] = useState(false);
  const latest = useRef(0);
  const report = useRef(onFieldErrors);
  report.current = onFieldErrors;
  const key = input ? JSON.stringify(input) : "";

  useEffect(() => {
    const ask = ++latest.current;
    setPreview(null);
    setError(null);
    if (!key) return;
    setLoading(true);
    const timer = setTimeout(async () => {
      const result = await previewServiceChange(JSON.parse(key)).catch(() => null);
      if (ask !== latest.current) return; // an answer to an older question
      setLoading(false);
      if (!result) return setError(t("failed"));
      if (result.ok) {
        report.current?.(null);
        return setPreview(result.data);
      }
      const fields = result.fieldErrors ?? {};
      if (Object.keys(fields).length > 0 && report.current) report.current(fields);
      else setError(errorText(Object.values(fields)[0]) ?? result.error);
    }, 300);
    return () => clearTimeout(timer);
    // `key` stands for `input`; the translators are stable.
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!key) return null;
  const money = (tiyn: number) => formatMoney(tiyn, locale);
  const month = (startsAt: Date) => format.dateTime(new Date(startsAt), { month: "long", year: "numeric", timeZone: ZONE });
  return (
    <section aria-live="polite" className="space-y-1 rounded-lg bg-slate-50 p-3 text-sm ring-1 ring-slate-200" data-testid="change-preview">
      <h3 className="font-semibold text-slate-800">{t("title")}</h3>
      {isLoading && !preview && <p className="text-slate-500">{t("loading")}</p>}
      {error && <p className="text-red-700">{error}</p>}
      {preview && (
        <>
          {preview.approvalReason && <p className="text-amber-800">{t("viaRequest")}</p>}
          <p data-testid="preview-today" className="font-medium text-slate-900">
            {preview.today.gross > 0
              ? t("today", {
                  amount: money(preview.today.gross),
                  days: preview.today.days,
                  total: preview.today.daysInMonth,
                  end: format.dateTime(new Date(new Date(preview.thisMonth.startsAt).getTime() + (preview.today.daysInMonth - 1) * DAY_MS), {
                    day: "numeric",
                    month: "long",
                    timeZone: ZONE,
                  }),
                })
              : preview.action === "DISCONNECT"
                ? t("todayDisconnect", { month: month(preview.thisMonth.startsAt) })
                : preview.action === "CHANGE"
                  ? t("todayLower", { month: month(preview.thisMonth.startsAt) })
                  : t("todayNothing")}
          </p>
          <p data-testid="preview-this-month" className="text-slate-700">
            {preview.thisMonth.isBilled
              ? t("thisMonthBilled", { month: month(preview.thisMonth.startsAt) })
              : preview.thisMonth.dueGross < 0
              ? t("thisMonthCredit", {
                  month: month(preview.thisMonth.startsAt),
                  gross: money(preview.thisMonth.amountGross),
                  advance: money(preview.thisMonth.advanceGross),
                  credit: money(-preview.thisMonth.dueGross),
                })
              : preview.thisMonth.advanceGross > 0
                ? t("thisMonthAdvance", {
                    month: month(preview.thisMonth.startsAt),
                    gross: money(preview.thisMonth.amountGross),
                    advance: money(preview.thisMonth.advanceGross),
                    due: money(preview.thisMonth.dueGross),
                  })
                : t("thisMonth", { month: month(preview.thisMonth.startsAt), gross: money(preview.thisMonth.amountGross) })}
          </p>
          <p data-testid="preview-next" className="font-medium text-slate-900">
            {preview.nextMonth.isBilled
              ? t("nextBilled", { month: month(preview.nextMonth.startsAt) })
              : preview.nextMonth.amountGross > 0
              ? t("next", { month: month(preview.nextMonth.startsAt), gross: money(preview.nextMonth.amountGross) })
              : t("nextNone", { month: month(preview.nextMonth.startsAt) })}
          </p>
          {!preview.nextMonth.isBilled && preview.nextMonth.amountGross > 0 && (
            <p className="text-xs text-slate-600">
              {t("nextDetail", {
                net: money(preview.nextMonth.amountNet),
                rate: preview.nextMonth.vatRateBp / 100,
                vat: money(preview.nextMonth.amountVat),
              })}
            </p>
          )}
          <p className="text-xs text-slate-500">{t("usage")}</p>
        </>
      )}
    </section>
  );
}
