import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/guards";
import { PageHeader } from "@/components/ui/card";
import { RegisterSubscriberForm } from "@/components/staff/register-subscriber-form";

export default async function RegisterSubscriberPage() {
  await requireStaff("SUPPORT");
  const t = await getTranslations("staff.register");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <RegisterSubscriberForm />
    </>
  );
}
