import { getTranslations } from "next-intl/server";
import { inspectAuthLink } from "@/lib/server/auth/inspect-auth-link";
import { ActivationForm } from "@/components/forms/activation-form";
import { ResendActivationForm } from "@/components/forms/resend-activation-form";
import { Card } from "@/components/ui/card";
import { LinkProblem } from "../../_components/link-problem";

export async function generateMetadata() {
  const t = await getTranslations("auth.activate");
  return { title: t("title"), referrer: "no-referrer" };
}

// The activation link: looked at, not used, until the person submits the form.
export default async function ActivatePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await inspectAuthLink(token, "ACTIVATION");
  if (link.state === "valid") return <ActivationForm token={token} email={link.email!} />;
  const t = await getTranslations("auth.activate");
  return (
    <Card className="w-full max-w-md space-y-6">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <LinkProblem state={link.state} />
      <ResendActivationForm />
    </Card>
  );
}
