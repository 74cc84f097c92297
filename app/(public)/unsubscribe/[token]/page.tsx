import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { inspectUnsubscribe } from "@/lib/server/alerts/unsubscribe-alert";
import { buttonClass } from "@/components/ui/button-class";
import { Alert, Card } from "@/components/ui/card";

export async function generateMetadata() {
  const t = await getTranslations("alerts.unsubscribe");
  return { title: t("title"), referrer: "no-referrer" };
}

// An alert mail's unsubscribe link: looking at it changes nothing (mail scanners follow
// links); the button posts to /api/unsubscribe/<token>, which turns that alert's mail off
// and comes back here with ?done=1. A mail client's one-click (RFC 8058) posts there too.
export default async function UnsubscribePage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ done?: string }> }) {
  const [{ token }, { done }] = await Promise.all([params, searchParams]);
  const [t, tKinds, info] = await Promise.all([getTranslations("alerts.unsubscribe"), getTranslations("alerts.kinds"), inspectUnsubscribe(token)]);
  if (!info) {
    return (
      <Card className="w-full max-w-md space-y-4">
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <Alert tone="warning">{t("invalid")}</Alert>
        <Link href="/login" className={buttonClass("secondary")}>
          {t("toCabinet")}
        </Link>
      </Card>
    );
  }
  const values = { kind: tKinds(`${info.kind}.label` as never), email: info.email, account: info.accountNumber };
  const isDone = done === "1" && !info.isEmailOn;
  return (
    <Card className="w-full max-w-md space-y-4" data-testid="unsubscribe-card">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      {isDone ? (
        <Alert tone="success">{t("done", values)}</Alert>
      ) : (
        <form method="post" action={`/api/unsubscribe/${encodeURIComponent(token)}`} className="space-y-4">
          <p className="text-sm text-slate-700">{t("question", values)}</p>
          <p className="text-xs text-slate-500">{t("note")}</p>
          <input type="hidden" name="from" value="page" />
          <button type="submit" className={buttonClass("primary")} data-testid="unsubscribe-confirm">
            {t("button")}
          </button>
        </form>
      )}
      <Link href="/login" className={buttonClass("ghost")}>
        {t("toCabinet")}
      </Link>
    </Card>
  );
}
