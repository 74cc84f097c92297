import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/forms/forgot-password-form";
import { Card } from "@/components/ui/card";

export async function generateMetadata() {
  const t = await getTranslations("auth.forgot");
  return { title: t("title") };
}

export default function ForgotPasswordPage() {
  return (
    <Card className="w-full max-w-md">
      <ForgotPasswordForm />
    </Card>
  );
}
