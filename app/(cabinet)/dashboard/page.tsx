import { getTranslations } from "next-intl/server";
import { requireCaller } from "@/lib/auth/guards";
import { Card, PageHeader } from "@/components/ui/card";

export default async function DashboardPage() {
  const { cabinet } = await requireCaller();
  const t = await getTranslations("dashboard");
  const account = cabinet.current!.account;
  return (
    <>
      <PageHeader title={t("title")} description={`${account.subscriber.name} · ${account.number}`} />
      <Card>
        <p data-testid="dashboard-greeting">{t("greeting", { name: cabinet.auth.user.name })}</p>
      </Card>
    </>
  );
}
