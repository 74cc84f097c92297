import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/guards";
import { getSubscriberCard } from "@/lib/server/staff/get-subscriber-card";
import type { TLocale } from "@/lib/money";
import { Alert, PageHeader } from "@/components/ui/card";
import { AccountSection } from "@/components/staff/account-section";
import { AcceptancesSection, AuditSection, DocumentsSection, RequestsSection, RequisitesSection } from "@/components/staff/card-sections";

export default async function SubscriberCardPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ registered?: string }>;
}) {
  const auth = await requireStaff("SUPPORT");
  const { id } = await params;
  const { registered } = await searchParams;
  const card = await getSubscriberCard(auth.actor, id);
  if (!card) notFound();
  const t = await getTranslations("staff.card");
  const locale = (await getLocale()) as TLocale;
  const staff = { id: auth.actor.id, staffRole: auth.actor.staffRole ?? "SUPPORT" };
  return (
    <>
      <PageHeader title={card.subscriber.name} description={`${t("fields.taxId")} ${card.subscriber.taxId} · ${card.subscriber.contractNumber}`} />
      <div className="space-y-6">
        {registered && (
          <Alert tone="success" title={t("registered")}>
            {registered === "new" ? t("registeredNew") : t("registeredExisting")}
          </Alert>
        )}
        <RequisitesSection card={card} locale={locale} />
        <section className="space-y-4">
          <h2 className="text-lg font-semibold">{t("accounts")}</h2>
          {card.accounts.map((account) => (
            <AccountSection key={account.id} account={account} staff={staff} locale={locale} />
          ))}
        </section>
        <DocumentsSection card={card} locale={locale} />
        <RequestsSection card={card} locale={locale} />
        <AcceptancesSection card={card} locale={locale} />
        <AuditSection card={card} locale={locale} />
      </div>
    </>
  );
}
