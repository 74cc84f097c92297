import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getCabinet } from "@/lib/auth/cabinet";
import { READABLE_ACCOUNT_STATUSES } from "@/lib/auth/guards";
import { landingWithoutAccount } from "@/lib/auth/landing";
import { db } from "@/lib/db";
import { Alert, Card, PageHeader } from "@/components/ui/card";
import { formatAlmatyDate } from "@/lib/intl-cache";
import { SwitchToAccountButton } from "@/components/staff/switch-to-account-button";

export async function generateMetadata() {
  const t = await getTranslations("staff.accountClosed");
  return { title: t("title") };
}

// Where a terminated or blocked account's users land (requireCaller sends them here): why
// the cabinet is closed, since when, what they can do, and their other accounts if any.
export default async function AccountClosedPage() {
  const cabinet = await getCabinet();
  if (!cabinet) redirect("/login");
  const current = cabinet.current;
  if (!current) redirect(landingWithoutAccount(cabinet.auth));
  const { account } = current;
  if (READABLE_ACCOUNT_STATUSES.includes(account.status)) redirect("/dashboard");
  const t = await getTranslations("staff.accountClosed");
  const locale = await getLocale();
  const { statusChangedAt } = await db.account.findUniqueOrThrow({ where: { id: account.id }, select: { statusChangedAt: true } });
  const others = cabinet.memberships.filter((m) => m.accountId !== account.id && READABLE_ACCOUNT_STATUSES.includes(m.account.status));
  const kind = account.status === "BLOCKED" ? "blocked" : "terminated";
  return (
    <>
      <PageHeader title={t(`${kind}.title`)} description={`${account.subscriber.name} · ${t("account", { number: account.number })}`} />
      <div className="space-y-6" data-testid="account-closed">
        <Alert tone="danger" title={t(`${kind}.lead`)}>
          {statusChangedAt && <p>{t("since", { date: formatAlmatyDate(statusChangedAt, locale) })}</p>}
          {account.statusReason && <p className="mt-1" data-testid="account-closed-reason">{t("reason", { reason: account.statusReason })}</p>}
        </Alert>
        <Card>
          <p className="text-sm text-slate-700">{t(`${kind}.text`)}</p>
          <p className="mt-3 text-sm text-slate-700">{t("contact")}</p>
        </Card>
        {others.length > 0 && (
          <Card>
            <h2 className="mb-3 font-semibold">{t("otherAccounts")}</h2>
            <div className="flex flex-wrap gap-2">
              {others.map((m) => (
                <SwitchToAccountButton key={m.accountId} accountId={m.accountId} label={`${m.account.number} · ${m.account.subscriber.shortName}`} />
              ))}
            </div>
          </Card>
        )}
      </div>
    </>
  );
}
