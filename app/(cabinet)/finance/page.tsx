import { getTranslations } from "next-intl/server";
import { requireCaller } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { ZLedgerFilter } from "@/lib/schemas/finance";
import { listLedger } from "@/lib/server/finance/list-ledger";
import { monthlyTotals } from "@/lib/server/finance/monthly-totals";
import { listPackMonths } from "@/lib/server/finance/list-pack-months";
import { almatyYmd } from "@/lib/server/finance/almaty-time";
import { clock } from "@/lib/clock";
import { Alert, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { MoneyFigures } from "../dashboard/_components/money-figures";
import { LedgerFilter } from "./_components/ledger-filter";
import { LedgerTable } from "./_components/ledger-table";
import { MonthlyTotalsTable } from "./_components/monthly-totals-table";
import { TopupInvoiceForm } from "./_components/topup-invoice-form";
import { AccountingDownloads } from "./_components/accounting-downloads";

export async function generateMetadata() {
  return { title: (await getTranslations("finance"))("title") };
}

// The balance comes from the monthly totals' last closing balance (the ledger's sum), so the
// page needs two data queries besides the ledger page itself.
export default async function FinancePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { cabinet, caller } = await requireCaller("finance.read");
  const t = await getTranslations("finance");
  const filter = ZLedgerFilter.parse(await searchParams);
  const account = cabinet.current!.account;
  const canDownloadPack = can(caller, "documents.read");
  const now = clock.now();
  const [ledger, totals, packMonths] = await Promise.all([
    listLedger(caller, filter),
    monthlyTotals(caller, 12, now),
    canDownloadPack ? listPackMonths(caller, 12, now) : Promise.resolve([]),
  ]);
  const today = almatyYmd(now);
  const isFiltered = !!(filter.kind || filter.from || filter.to);

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <MoneyFigures balance={totals.balance} creditLimit={account.creditLimit} billingMethod={account.billingMethod} />
      </div>

      <Card className="mt-6" id="topup" aria-labelledby="topup-title">
        <h2 id="topup-title" className="text-lg font-semibold">
          {t("topup.title")}
        </h2>
        <p className="mb-4 mt-1 text-sm text-slate-600">{t("topup.text")}</p>
        {can(caller, "finance.manage") && can(caller, "documents.read") ? (
          <TopupInvoiceForm accountId={caller.accountId} />
        ) : (
          <Alert tone="info">{t(can(caller, "finance.manage") ? "topup.needsDocuments" : "topup.needsManage")}</Alert>
        )}
      </Card>

      <AccountingDownloads today={today} yearStart={`${today.slice(0, 4)}-01-01`} months={packMonths} canDownloadPack={canDownloadPack} />

      <Card className="mt-6" aria-labelledby="ledger-title">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="ledger-title" className="text-lg font-semibold">
            {t("ledger.title")}
          </h2>
          <span className="text-sm text-slate-500" data-testid="ledger-count">
            {t("ledger.count", { count: ledger.total })}
          </span>
        </div>
        <LedgerFilter filter={filter} />
        {ledger.rows.length === 0 ? (
          <EmptyState title={t("ledger.empty")} text={isFiltered || filter.page > 1 ? t("ledger.emptyFiltered") : undefined} />
        ) : (
          <LedgerTable rows={ledger.rows} canDownload={can(caller, "documents.read")} />
        )}
        <Pagination page={filter.page} total={ledger.total} pageSize={ledger.pageSize} basePath="/finance" query={{ kind: filter.kind, from: filter.from, to: filter.to }} />
      </Card>

      <Card className="mt-6" aria-labelledby="monthly-title">
        <h2 id="monthly-title" className="mb-3 text-lg font-semibold">
          {t("monthly.title")}
        </h2>
        {totals.months.length === 0 ? <EmptyState title={t("monthly.empty")} /> : <MonthlyTotalsTable months={totals.months} />}
      </Card>
    </>
  );
}
