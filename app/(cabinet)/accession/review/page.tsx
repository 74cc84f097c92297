import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { OfferText } from "@/components/accession/offer-text";
import { ReviewForm } from "@/components/accession/review-form";
import { ReviewSummary } from "@/components/accession/review-summary";
import { WizardFrame } from "@/components/accession/wizard-frame";
import { localized } from "@/components/accession/localized";
import { Alert } from "@/components/ui/card";
import type { TLocale } from "@/lib/money";
import type { TCompleteDraft } from "@/lib/schemas/accession";
import { getCurrentOffer } from "@/lib/server/accession/get-current-offer";
import { requireWizardStep } from "@/lib/server/accession/require-wizard-step";
import { getVatRate } from "@/lib/server/billing/get-vat-rate";
import { clock } from "@/lib/clock";

export async function generateMetadata() {
  const t = await getTranslations("accession");
  return { title: `${t("steps.review")} · ${t("title")}` };
}

export default async function ReviewStepPage({ searchParams }: { searchParams: Promise<{ blocked?: string }> }) {
  // Reaching here means steps 1–4 are complete (requireWizardStep redirects otherwise).
  const { state } = await requireWizardStep("review");
  const { blocked } = await searchParams;
  const t = await getTranslations("accession.wizard.review");
  const locale = (await getLocale()) as TLocale;
  const format = await getFormatter();
  const [offer, vatRateBp] = await Promise.all([getCurrentOffer(), getVatRate(clock.now())]);
  return (
    <WizardFrame step="review" state={state} blocked={blocked}>
      <p className="mb-4 text-sm text-slate-600">{t("intro")}</p>
      <ReviewSummary data={state.data as TCompleteDraft} catalogue={state.catalogue} vatRateBp={vatRateBp} />
      {offer ? (
        <>
          <section className="mt-6" data-testid="review-offer">
            <h3 className="font-semibold text-slate-900">{localized(offer, "title", locale)}</h3>
            <p className="text-sm text-slate-600">{t("offerVersion", { version: offer.version, date: format.dateTime(offer.effectiveAt, { dateStyle: "long" }) })}</p>
            <div tabIndex={0} className="mt-3 max-h-72 overflow-y-auto rounded-lg bg-slate-50 p-4 text-sm ring-1 ring-slate-200" aria-label={t("offerTitle")}>
              <OfferText body={localized(offer, "body", locale)} />
            </div>
          </section>
          <div className="mt-6">
            <ReviewForm offerVersionId={offer.id} offerVersion={offer.version} />
          </div>
        </>
      ) : (
        <div className="mt-6">
          <Alert tone="danger">{t("noOffer")}</Alert>
        </div>
      )}
    </WizardFrame>
  );
}
