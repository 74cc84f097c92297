import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/guards";
import { PageHeader } from "@/components/ui/card";

export default async function StaffHome() {
  await requireStaff();
  const t = await getTranslations("common.nav");
  return <PageHeader title={t("staff")} />;
}
