import { getTranslations } from "next-intl/server";
import { requireCaller } from "@/lib/auth/guards";
import { CLAIM_ANSWER_DAYS } from "@/lib/server/requests/request-rules";
import { Card, PageHeader } from "@/components/ui/card";
import { NewRequestForm } from "@/components/requests/new-request-form";

export async function generateMetadata() {
  const t = await getTranslations("requests");
  return { title: t("new") };
}

export default async function NewRequestPage() {
  const { caller } = await requireCaller("requests.manage");
  const t = await getTranslations("requests");
  return (
    <>
      <PageHeader title={t("new")} description={t("form.description")} />
      <Card className="max-w-3xl">
        <NewRequestForm accountId={caller.accountId} claimDays={CLAIM_ANSWER_DAYS} />
      </Card>
    </>
  );
}
