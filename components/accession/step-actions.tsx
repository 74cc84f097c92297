"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { buttonClass } from "@/components/ui/button-class";

// "Back" is a link (what was typed is remembered); "Save and continue" submits.
export function StepActions({ back, isSubmitting }: { back?: string; isSubmitting: boolean }) {
  const t = useTranslations("accession.wizard");
  return (
    <div className="flex flex-col-reverse gap-3 border-t border-slate-200 pt-4 sm:flex-row sm:justify-between">
      {back ? (
        <Link href={`/accession/${back}`} className={buttonClass("secondary")}>
          {t("back")}
        </Link>
      ) : (
        <span />
      )}
      <Button type="submit" isLoading={isSubmitting} loadingText={t("saving")}>
        {t("next")}
      </Button>
    </div>
  );
}
