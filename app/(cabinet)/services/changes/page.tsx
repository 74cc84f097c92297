import { getTranslations } from "next-intl/server";
import { requireCaller } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { PageHeader } from "@/components/ui/card";
import { ServiceChangesPanel } from "@/components/service-changes/service-changes-panel";
import { NextChargesCard } from "@/components/service-changes/next-charges-card";

export async function generateMetadata() {
  const t = await getTranslations("requests.changes");
  return { title: t("title") };
}

// Service changes on their own page; the services screen embeds the same panel.
export default async function ServiceChangesPage() {
  const { cabinet, caller } = await requireCaller("services.manage");
  const t = await getTranslations("requests.changes");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        <ServiceChangesPanel caller={caller} />
        {can(caller, "services.read") && <NextChargesCard caller={caller} isSuspended={cabinet.current?.account.status === "SUSPENDED"} />}
      </div>
    </>
  );
}
