import { getLocale, getTranslations } from "next-intl/server";
import { ServicesForm } from "@/components/accession/services-form";
import { WizardFrame } from "@/components/accession/wizard-frame";
import { localized } from "@/components/accession/localized";
import type { TLocale } from "@/lib/money";
import { getVatRate } from "@/lib/server/billing/get-vat-rate";
import { requireWizardStep } from "@/lib/server/accession/require-wizard-step";
import { clock } from "@/lib/clock";

export async function generateMetadata() {
  const t = await getTranslations("accession");
  return { title: `${t("steps.services")} · ${t("title")}` };
}

export default async function ServicesStepPage({ searchParams }: { searchParams: Promise<{ blocked?: string }> }) {
  const { state } = await requireWizardStep("services");
  const { blocked } = await searchParams;
  const locale = (await getLocale()) as TLocale;
  const vatRateBp = await getVatRate(clock.now());
  // Only what the form needs: the prices come from here, and the server computes the
  // same total again from the database.
  const catalogue = state.catalogue.map((service) => ({
    id: service.id,
    name: localized(service, "name", locale),
    description: localized(service, "description", locale),
    isSelfService: service.isSelfService,
    tariffs: service.tariffs.map((tariff) => ({
      id: tariff.id,
      name: localized(tariff, "name", locale),
      unit: tariff.unit,
      monthlyPrice: tariff.monthlyPrice,
      allowsPostpaid: tariff.allowsPostpaid,
    })),
  }));
  return (
    <WizardFrame step="services" state={state} blocked={blocked}>
      <ServicesForm kind={state.data.kind!.kind} catalogue={catalogue} vatRateBp={vatRateBp} saved={state.data.services} />
    </WizardFrame>
  );
}
