import type { Metadata } from "next";
import { numberFormat } from "@/lib/intl-cache";
import { getLocale, getTranslations } from "next-intl/server";
import type { TLocale } from "@/lib/money";
import { Link } from "@/components/ui/link";
import { requireCaller } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { buttonClass } from "@/components/ui/button-class";
import { NextChargesCard } from "@/components/service-changes/next-charges-card";
import { listCatalogue } from "@/lib/server/services/list-catalogue";
import { listSubscriptions } from "@/lib/server/services/list-subscriptions";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { CatalogueCard } from "@/components/services/catalogue-card";
import { SubscriptionsTable } from "@/components/services/subscriptions-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("services"))("title") };
}

export default async function ServicesPage() {
  const { cabinet, caller } = await requireCaller(["services.read", "services.manage"]);
  const t = await getTranslations("services");
  const locale = (await getLocale()) as TLocale;
  const [subscriptions, catalogue] = await Promise.all([listSubscriptions(caller, locale), listCatalogue(caller, locale)]);
  const connected = new Set(subscriptions.filter((s) => s.status !== "DISCONNECTED").map((s) => s.tariffId));
  const rate = numberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(catalogue.vatRateBp / 10_000);

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          can(caller, "services.manage") && (
            <Link href="/services/changes" className={buttonClass("primary")} data-testid="manage-services">
              {t("manage")}
            </Link>
          )
        }
      />
      <section aria-labelledby="subscriptions-title" className="mb-8">
        <h2 id="subscriptions-title" className="mb-3 text-lg font-semibold text-slate-900">
          {t("subscriptions.title")}
        </h2>
        <SubscriptionsTable rows={subscriptions} vatRateBp={catalogue.vatRateBp} />
      </section>
      {can(caller, "services.read") && (
        <div className="mb-8">
          <NextChargesCard caller={caller} isSuspended={cabinet.current?.account.status === "SUSPENDED"} />
        </div>
      )}
      <section aria-labelledby="catalogue-title">
        <h2 id="catalogue-title" className="text-lg font-semibold text-slate-900">
          {t("catalogue.title")}
        </h2>
        <p className="mb-3 text-sm text-slate-600">{t("catalogue.description", { rate })}</p>
        {catalogue.services.length === 0 ? (
          <EmptyState title={t("catalogue.emptyTitle")} text={t("catalogue.emptyText")} />
        ) : (
          <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
            {catalogue.services.map((service) => (
              <CatalogueCard
                key={service.id}
                service={service}
                connectedTariffIds={connected}
                isPostpaid={cabinet.current!.account.billingMethod === "POSTPAID"}
              />
            ))}
          </div>
        )}
      </section>
    </>
  );
}
