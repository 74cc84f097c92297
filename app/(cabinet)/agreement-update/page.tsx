import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireAuth } from "@/lib/auth/guards";
import { getAgreementUpdate } from "@/lib/server/agreements/get-agreement-update";
import { Card, PageHeader } from "@/components/ui/card";
import { AgreementDiff } from "@/components/staff/agreement-diff";
import { ContinueAgreementButton } from "@/components/staff/continue-agreement-button";
import { LogoutButton } from "@/components/layout/logout-button";
import { formatAlmatyDate } from "@/lib/intl-cache";

// Only paths inside the cabinet may be returned to.
function safeNext(next: string | undefined): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/agreement-update") ? next : "/dashboard";
}

export async function generateMetadata() {
  const t = await getTranslations("staff.agreementUpdate");
  return { title: t("title") };
}

// The agreement changed since the person last agreed: what changed, then "continue",
// which records consent by continued use (clause 6.1), or sign out.
export default async function AgreementUpdatePage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const auth = await requireAuth();
  const { next } = await searchParams;
  const target = safeNext(next);
  const locale = (await getLocale()) as "ru" | "kk" | "en";
  const update = await getAgreementUpdate(auth, locale);
  if (!update) redirect(target);
  const t = await getTranslations("staff.agreementUpdate");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { title: update.title, version: update.version, date: formatAlmatyDate(update.effectiveAt, locale) })}
      />
      <div className="space-y-6">
        <Card>
          <h2 className="mb-3 font-semibold">
            {update.previousVersion ? t("whatChanged", { previous: update.previousVersion, version: update.version }) : t("newText")}
          </h2>
          {update.blocks ? (
            <AgreementDiff
              blocks={update.blocks}
              labels={{ added: t("added"), removed: t("removed"), skipped: (count) => t("skipped", { count }) }}
            />
          ) : (
            <div className="whitespace-pre-line text-sm leading-6 text-slate-700">{update.text}</div>
          )}
          {update.blocks && (
            <details className="mt-4 text-sm">
              <summary className="cursor-pointer font-medium text-brand-700">{t("fullText")}</summary>
              <div className="mt-2 whitespace-pre-line leading-6 text-slate-700">{update.text.replace(/^## /gm, "")}</div>
            </details>
          )}
        </Card>
        <Card>
          <p className="mb-4 text-sm text-slate-700">{t("consentNote")}</p>
          <div className="flex flex-wrap items-center gap-4">
            <ContinueAgreementButton versionId={update.versionId} next={target} />
            <LogoutButton />
          </div>
        </Card>
      </div>
    </>
  );
}
