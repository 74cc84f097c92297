import { getTranslations } from "next-intl/server";
import { KindForm } from "@/components/accession/kind-form";
import { WizardFrame } from "@/components/accession/wizard-frame";
import { requireWizardStep } from "@/lib/server/accession/require-wizard-step";

export async function generateMetadata() {
  const t = await getTranslations("accession");
  return { title: `${t("steps.kind")} · ${t("title")}` };
}

export default async function KindStepPage({ searchParams }: { searchParams: Promise<{ blocked?: string }> }) {
  const { state } = await requireWizardStep("kind");
  const { blocked } = await searchParams;
  return (
    <WizardFrame step="kind" state={state} blocked={blocked}>
      <KindForm saved={state.data.kind ?? {}} />
    </WizardFrame>
  );
}
