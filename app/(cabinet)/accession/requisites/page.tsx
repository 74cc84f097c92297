import { getTranslations } from "next-intl/server";
import { RequisitesForm } from "@/components/accession/requisites-form";
import { WizardFrame } from "@/components/accession/wizard-frame";
import { requireWizardStep } from "@/lib/server/accession/require-wizard-step";

export async function generateMetadata() {
  const t = await getTranslations("accession");
  return { title: `${t("steps.requisites")} · ${t("title")}` };
}

export default async function RequisitesStepPage({ searchParams }: { searchParams: Promise<{ blocked?: string }> }) {
  const { state } = await requireWizardStep("requisites");
  const { blocked } = await searchParams;
  return (
    <WizardFrame step="requisites" state={state} blocked={blocked}>
      <RequisitesForm kind={state.data.kind!.kind} saved={state.data.requisites} />
    </WizardFrame>
  );
}
