"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { acceptAgreementAction } from "@/lib/actions/accept-agreement";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/forms/form-error";

export function ContinueAgreementButton({ versionId, next }: { versionId: string; next: string }) {
  const t = useTranslations("staff.agreementUpdate");
  const [error, setError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);
  return (
    <div className="space-y-3">
      <FormError message={error} />
      <Button
        type="button"
        data-testid="agreement-continue"
        isLoading={isPending}
        onClick={async () => {
          setPending(true);
          setError(null);
          const result = await acceptAgreementAction({ versionId });
          if (!result.ok) {
            setError(result.error);
            setPending(false);
            return;
          }
          // A full navigation: the layout checks the agreement again on the server.
          window.location.assign(next);
        }}
      >
        {t("continue")}
      </Button>
    </div>
  );
}
