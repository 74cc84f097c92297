"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/forms/form-error";
import { rescanAttachments } from "@/lib/actions/rescan-attachments";
import { useButtonAction } from "./use-button-action";

export function RescanButton({ pending }: { pending: number }) {
  const t = useTranslations("requests.staff.rescan");
  const [summary, setSummary] = useState<string | null>(null);
  const { run, isPending, error } = useButtonAction(rescanAttachments, (data) =>
    setSummary(t("result", { clean: data.clean, infected: data.infected, pending: data.stillPending })),
  );
  return (
    <div className="flex flex-wrap items-center gap-3">
      <span className="text-sm text-slate-700" data-testid="pending-scans">
        {t("pending", { count: pending })}
      </span>
      <Button variant="secondary" isLoading={isPending} disabled={pending === 0} onClick={() => run({})}>
        {t("button")}
      </Button>
      {summary && (
        <span role="status" className="text-sm text-slate-600">
          {summary}
        </span>
      )}
      <FormError message={error} />
    </div>
  );
}
