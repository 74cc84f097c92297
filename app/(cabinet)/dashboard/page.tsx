import { Link } from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireCaller } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { getDashboard } from "@/lib/server/dashboard/get-dashboard";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button-class";
import { ACCOUNT_STATUS_TONE } from "./_components/labels";
import { MoneyFigures } from "./_components/money-figures";
import { ServicesCard } from "./_components/services-card";
import { RecentNoticesCard } from "./_components/recent-notices-card";
import { RecentDocumentsCard } from "./_components/recent-documents-card";

export async function generateMetadata() {
  return { title: (await getTranslations("dashboard"))("title") };
}

// Any member may open the dashboard; each part appears only with its grant (the data
// function does not even query what the caller may not see).
export default async function DashboardPage() {
  const { cabinet, caller } = await requireCaller();
  const t = await getTranslations("dashboard");
  const format = await getFormatter();
  const account = cabinet.current!.account;
  const { subscriber } = account;
  const data = await getDashboard(caller);
  const canTopUp = can(caller, "finance.read") && can(caller, "documents.read");

  return (
    <>
      <PageHeader
        title={t("title")}
        description={`${subscriber.name} · ${t("account.number", { number: account.number })}`}
        actions={
          canTopUp ? (
            <Link href="/finance#topup" className={buttonClass("primary")}>
              {t("balance.topup")}
            </Link>
          ) : undefined
        }
      />
      <p className="-mt-3 mb-4 text-sm text-slate-600" data-testid="dashboard-greeting">
        {t("greeting", { name: cabinet.auth.user.name })}
      </p>

      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {data.balance !== null && <MoneyFigures balance={data.balance} creditLimit={account.creditLimit} billingMethod={account.billingMethod} />}
        <Card className="sm:p-4" data-testid="account-card">
          <h2 className="text-sm font-medium text-slate-600">{t("account.title")}</h2>
          <p className="mt-1 text-lg font-semibold">{t("account.number", { number: account.number })}</p>
          <div className="mt-1 flex flex-wrap items-center gap-2 text-sm">
            <Badge tone={ACCOUNT_STATUS_TONE[account.status] ?? "neutral"}>
              <span data-testid="account-status">{t(`account.status.${account.status}` as never)}</span>
            </Badge>
            <span className="text-slate-600">
              {t("billing.title")}: {t(`billing.${account.billingMethod}` as never)}
            </span>
          </div>
        </Card>
        <Card className="sm:p-4" data-testid="contract-card">
          <h2 className="text-sm font-medium text-slate-600">{t("contract.title")}</h2>
          <p className="mt-1 text-lg font-semibold">
            {t("contract.number", { number: subscriber.contractNumber, date: format.dateTime(subscriber.contractDate, { dateStyle: "medium" }) })}
          </p>
          <p className="mt-1 text-sm text-slate-600">
            {subscriber.shortName} · {t(`contract.kind.${subscriber.kind}` as never)}
          </p>
        </Card>
      </div>

      {data.services && (
        <div className="mt-6">
          <ServicesCard services={data.services.services} vatRateBp={data.services.vatRateBp} />
        </div>
      )}

      {(data.notices || data.documents) && (
        <div className="mt-6 grid gap-6 lg:grid-cols-2">
          {data.notices && <RecentNoticesCard unread={data.notices.unread} latest={data.notices.latest} />}
          {data.documents && <RecentDocumentsCard documents={data.documents} />}
        </div>
      )}
    </>
  );
}
