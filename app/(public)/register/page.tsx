import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/auth/session";
import { getCurrentAgreement } from "@/lib/server/agreement/get-current-agreement";
import { RegisterForm } from "@/components/forms/register-form";
import { Alert, Card } from "@/components/ui/card";

export async function generateMetadata() {
  const t = await getTranslations("auth.register");
  return { title: t("title") };
}

export default async function RegisterPage() {
  if (await getAuth()) redirect("/dashboard");
  const agreement = await getCurrentAgreement("AGREEMENT");
  if (!agreement) {
    const t = await getTranslations("auth.register");
    return (
      <Card className="w-full max-w-md">
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <div className="mt-4">
          <Alert tone="warning">{t("noAgreement")}</Alert>
        </div>
      </Card>
    );
  }
  return <RegisterForm agreementVersion={agreement.version} />;
}
