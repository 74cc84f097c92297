"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/forms/form-error";
import { takeRequest } from "@/lib/actions/take-request";
import { useButtonAction } from "./use-button-action";

export function TakeRequestButton({ requestId }: { requestId: string }) {
  const t = useTranslations("requests.staff");
  const { run, isPending, error } = useButtonAction(takeRequest);
  return (
    <div className="space-y-2">
      <FormError message={error} />
      <Button variant="secondary" isLoading={isPending} onClick={() => run({ requestId })}>
        {t("take")}
      </Button>
    </div>
  );
}
