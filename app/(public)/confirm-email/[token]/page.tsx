import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { inspectAuthLink } from "@/lib/server/auth/inspect-auth-link";
import { ConfirmEmailForm } from "@/components/forms/confirm-email-form";
import { Card } from "@/components/ui/card";
import { LinkProblem } from "../../_components/link-problem";

export async function generateMetadata() {
  const t = await getTranslations("auth.confirmEmail");
  return { title: t("title"), referrer: "no-referrer" };
}

export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await inspectAuthLink(token, "EMAIL_CHANGE");
  if (link.state === "valid") {
    return (
      <Card className="w-full max-w-md">
        <ConfirmEmailForm token={token} />
      </Card>
    );
  }
  const t = await getTranslations("auth");
  return (
    <Card className="w-full max-w-md space-y-6">
      <h1 className="text-xl font-semibold">{t("confirmEmail.title")}</h1>
      <LinkProblem state={link.state} />
      <p className="text-sm text-slate-600">
        {t("link.emailChangeAgain")}{" "}
        <Link href="/profile" className="text-brand-700 underline hover:no-underline">
          {t("confirmEmail.toProfile")}
        </Link>
      </p>
    </Card>
  );
}
