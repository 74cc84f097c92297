import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireCaller } from "@/lib/auth/guards";
import { Card, PageHeader } from "@/components/ui/card";
import { InviteForm } from "../_components/invite-form";

export async function generateMetadata() {
  const t = await getTranslations("users.form");
  return { title: t("title") };
}

export default async function NewUserPage() {
  const { caller } = await requireCaller("users.manage");
  const t = await getTranslations("users");
  return (
    <>
      <Link href="/users" className="text-sm text-brand-700 hover:underline">
        ← {t("member.back")}
      </Link>
      <div className="mt-2">
        <PageHeader title={t("form.title")} description={t("form.description")} />
      </div>
      <Card className="max-w-2xl">
        <InviteForm accountId={caller.accountId} />
      </Card>
    </>
  );
}
