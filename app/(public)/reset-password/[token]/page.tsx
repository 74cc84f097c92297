import { getTranslations } from "next-intl/server";
import { inspectAuthLink } from "@/lib/server/auth/inspect-auth-link";
import { ForgotPasswordForm } from "@/components/forms/forgot-password-form";
import { ResetPasswordForm } from "@/components/forms/reset-password-form";
import { Card } from "@/components/ui/card";
import { LinkProblem } from "../../_components/link-problem";

export async function generateMetadata() {
  const t = await getTranslations("auth.reset");
  return { title: t("title"), referrer: "no-referrer" };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await inspectAuthLink(token, "PASSWORD_RESET");
  if (link.state === "valid") {
    return (
      <Card className="w-full max-w-md">
        <ResetPasswordForm token={token} email={link.email!} />
      </Card>
    );
  }
  const t = await getTranslations("auth.reset");
  return (
    <Card className="w-full max-w-md space-y-6">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <LinkProblem state={link.state} />
      <ForgotPasswordForm showTitle={false} />
    </Card>
  );
}
