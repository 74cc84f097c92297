import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ACCESSION_STEPS, stepNumber, type TAccessionStep } from "@/lib/schemas/accession";
import { cn } from "@/components/ui/cn";

// The five steps: done ones are links back, the current one is marked, later ones are
// plain text until the steps before them are complete.
export async function WizardProgress({ step, firstIncomplete }: { step: TAccessionStep; firstIncomplete: number }) {
  const t = await getTranslations("accession");
  const current = stepNumber(step);
  return (
    <nav aria-label={t("progressLabel")} className="mb-6">
      <p className="mb-2 text-sm font-medium text-slate-600" data-testid="wizard-progress">
        {t("progress", { current, total: ACCESSION_STEPS.length })} · {t(`steps.${step}`)}
      </p>
      <div className="mb-3 h-2 overflow-hidden rounded-full bg-slate-200" aria-hidden>
        <div className="h-full rounded-full bg-brand-600 transition-all" style={{ width: `${(current / ACCESSION_STEPS.length) * 100}%` }} />
      </div>
      <ol className="grid grid-cols-5 gap-1 text-xs sm:gap-2">
        {ACCESSION_STEPS.map((s, index) => {
          const number = index + 1;
          const isCurrent = number === current;
          const isReachable = number <= firstIncomplete && !isCurrent;
          const label = (
            <>
              <span
                className={cn(
                  "grid size-7 shrink-0 place-items-center rounded-full text-xs font-semibold",
                  isCurrent ? "bg-brand-600 text-white" : number < firstIncomplete ? "bg-emerald-100 text-emerald-800" : "bg-slate-100 text-slate-500",
                )}
              >
                {number}
              </span>
              <span className="hidden text-center leading-tight sm:block">{t(`steps.${s}`)}</span>
            </>
          );
          return (
            <li key={s} className="flex justify-center">
              {isReachable ? (
                <Link href={`/accession/${s}`} className="flex flex-col items-center gap-1 rounded-md p-1 text-brand-700 hover:bg-brand-50" aria-label={t(`steps.${s}`)}>
                  {label}
                </Link>
              ) : (
                <span
                  className={cn("flex flex-col items-center gap-1 p-1", isCurrent ? "font-semibold text-slate-900" : "text-slate-600")}
                  aria-current={isCurrent ? "step" : undefined}
                  aria-label={t(`steps.${s}`)}
                >
                  {label}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
