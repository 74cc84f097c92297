import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getCabinet } from "@/lib/auth/cabinet";
import { isStaffConsoleUser } from "@/lib/auth/landing";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button-class";
import { CatalogueTable } from "@/components/accession/catalogue-table";
import { DemoPreview } from "@/components/accession/demo-preview";
import { OfferText } from "@/components/accession/offer-text";
import { localized } from "@/components/accession/localized";
import type { TLocale } from "@/lib/money";
import { stepNumber } from "@/lib/schemas/accession";
import { getCurrentOffer } from "@/lib/server/accession/get-current-offer";
import { getWizardState } from "@/lib/server/accession/get-wizard-state";
import { getVatRate } from "@/lib/server/billing/get-vat-rate";
import { clock } from "@/lib/clock";

export async function generateMetadata() {
  const t = await getTranslations("trial");
  return { title: t("title") };
}

// The trial cabinet of a registered person without a contract (clause 2.2): the public
// catalogue and offer, a demo of the cabinet, and one way forward: the offer wizard.
// Everything here is public or invented; nothing of any subscriber is read. Provider staff
// have no trial: they belong in their console.
export default async function TrialPage() {
  const cabinet = await getCabinet();
  if (!cabinet) redirect("/login");
  if (cabinet.caller) redirect("/dashboard");
  if (isStaffConsoleUser(cabinet.auth)) redirect("/staff");
  const t = await getTranslations("trial");
  const ta = await getTranslations("accession");
  const locale = (await getLocale()) as TLocale;
  const format = await getFormatter();
  const [state, offer, vatRateBp] = await Promise.all([getWizardState(cabinet.auth.user.id), getCurrentOffer(), getVatRate(clock.now())]);
  const hasDraft = !!state.draft && !state.isCompleted;

  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} actions={<Badge tone="warning">{t("badge")}</Badge>} />
      <div className="space-y-6">
        <Card className="bg-brand-50 ring-brand-200" data-testid="trial-cta">
          <h2 className="text-lg font-semibold text-slate-900">{t("cta.title")}</h2>
          <p className="mt-1 text-sm text-slate-700">
            {hasDraft
              ? t("cta.resumeText", {
                  step: stepNumber(state.resumeStep),
                  name: ta(`steps.${state.resumeStep}`),
                  date: format.dateTime(state.draft!.expiresAt, { dateStyle: "long" }),
                })
              : t("cta.text")}
          </p>
          <Link href="/accession" className={buttonClass("primary", "mt-4 w-full sm:w-auto")}>
            {hasDraft ? t("cta.resume") : t("cta.start")}
          </Link>
        </Card>

        <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
          <Card>
            <h2 className="mb-3 text-lg font-semibold text-slate-900">{t("catalogue.title")}</h2>
            <CatalogueTable catalogue={state.catalogue} vatRateBp={vatRateBp} />
          </Card>
          <div className="space-y-6">
            <Card>
              <h2 className="mb-3 text-lg font-semibold text-slate-900">{t("demo.title")}</h2>
              <DemoPreview />
            </Card>
            <Card data-testid="trial-offer">
              <h2 className="text-lg font-semibold text-slate-900">{t("offer.title")}</h2>
              {offer ? (
                <>
                  <p className="mt-1 text-sm font-medium text-slate-800">{localized(offer, "title", locale)}</p>
                  <p className="text-sm text-slate-600">
                    {t("offer.version", { version: offer.version, date: format.dateTime(offer.effectiveAt, { dateStyle: "long" }) })}
                  </p>
                  <details className="mt-3">
                    <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("offer.show")}</summary>
                    <OfferText body={localized(offer, "body", locale)} className="mt-2 text-sm" />
                  </details>
                </>
              ) : (
                <p className="mt-1 text-sm text-slate-600">{t("offer.none")}</p>
              )}
            </Card>
          </div>
        </div>
      </div>
    </>
  );
}
