"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

// Recovery codes, shown once: the person copies or writes them down, then moves on.
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const t = useTranslations("security.totp");
  const [isCopied, setCopied] = useState(false);
  return (
    <div className="space-y-3 rounded-lg bg-amber-50 p-4 ring-1 ring-inset ring-amber-200" data-testid="recovery-codes">
      <h3 className="font-semibold text-amber-900">{t("recoveryTitle")}</h3>
      <p className="text-sm text-amber-900">{t("recoveryText")}</p>
      <ol className="grid grid-cols-2 gap-2 font-mono text-sm sm:grid-cols-5">
        {codes.map((code) => (
          <li key={code} className="rounded bg-white px-2 py-1 text-center ring-1 ring-amber-200" data-testid="recovery-code">
            {code}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          type="button"
          isReadAction
          onClick={async () => {
            await navigator.clipboard?.writeText(codes.join("\n")).catch(() => undefined);
            setCopied(true);
          }}
        >
          {isCopied ? t("copied") : t("copy")}
        </Button>
        <Button type="button" onClick={onDone} data-testid="recovery-done">
          {t("recoveryDone")}
        </Button>
      </div>
    </div>
  );
}
