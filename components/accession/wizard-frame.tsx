import { getTranslations } from "next-intl/server";
import { ACCESSION_STEPS, stepAt, type TAccessionStep } from "@/lib/schemas/accession";
import type { TWizardState } from "@/lib/server/accession/get-wizard-state";
import { getVatRate } from "@/lib/server/billing/get-vat-rate";
import { Alert, Card, PageHeader } from "@/components/ui/card";
import { WizardProgress } from "./wizard-progress";
import { WizardSummary } from "./wizard-summary";
import { clock } from "@/lib/clock";

function isStep(value: unknown): value is TAccessionStep {
  return typeof value === "string" && (ACCESSION_STEPS as readonly string[]).includes(value);
}

// Every step's page: the title, the progress, why the person landed here if they tried
// to skip ahead, the step's form and the summary of the application so far.
export async function WizardFrame({
  step,
  state,
  blocked,
  children,
}: {
  step: TAccessionStep;
  state: TWizardState;
  blocked?: string;
  children: React.ReactNode;
}) {
  const t = await getTranslations("accession");
  const vatRateBp = await getVatRate(clock.now());
  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <WizardProgress step={step} firstIncomplete={state.firstIncomplete} />
      {isStep(blocked) && blocked !== step && (
        <div className="mb-4" data-testid="wizard-blocked">
          <Alert tone="warning">
            {t("blocked", { target: t(`steps.${blocked}`), step: t(`steps.${stepAt(state.firstIncomplete)}`) })}
          </Alert>
        </div>
      )}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_16rem]">
        <Card>
          <h2 className="mb-4 text-lg font-semibold text-slate-900">{t(`steps.${step}`)}</h2>
          {children}
        </Card>
        <WizardSummary data={state.data} expiresAt={state.draft?.expiresAt ?? null} prices={state.tariffs} vatRateBp={vatRateBp} />
      </div>
    </>
  );
}
