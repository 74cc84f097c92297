import { getFormatter, getTranslations } from "next-intl/server";
import { Alert, Card, EmptyState } from "@/components/ui/card";
import { Input, Select } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { monthDate } from "../../dashboard/_components/labels";

// "октябрь 2026 г." → "Октябрь 2026 г." (CSS capitalize would also raise the "г.").
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

// The accountant's two downloads, as plain GET forms (no script needed; the answer is an
// attachment, so the page stays): the reconciliation statement for any period, and the
// monthly pack of a closed month. The routes check the grants again; these cards only
// spare a member without the documents grant a form that would be refused.
export async function AccountingDownloads({ today, yearStart, months, canDownloadPack }: { today: string; yearStart: string; months: string[]; canDownloadPack: boolean }) {
  const t = await getTranslations("finance");
  const format = await getFormatter();
  return (
    <div className="mt-6 grid gap-6 lg:grid-cols-2">
      <Card aria-labelledby="reconciliation-title" data-testid="reconciliation-card">
        <h2 id="reconciliation-title" className="text-lg font-semibold">
          {t("reconciliation.title")}
        </h2>
        <p className="mb-4 mt-1 text-sm text-slate-600">{t("reconciliation.text")}</p>
        <form method="get" action="/api/finance/reconciliation" className="grid grid-cols-1 gap-3 sm:grid-cols-2" data-testid="reconciliation-form">
          <Input type="date" name="from" required label={t("reconciliation.from")} defaultValue={yearStart} min="2000-01-01" max={today} />
          <Input type="date" name="to" required label={t("reconciliation.to")} defaultValue={today} min="2000-01-01" />
          <div className="sm:col-span-2">
            <Button type="submit" isReadAction className="w-full sm:w-auto">
              {t("reconciliation.download")}
            </Button>
          </div>
        </form>
      </Card>

      <Card aria-labelledby="pack-title" data-testid="pack-card">
        <h2 id="pack-title" className="text-lg font-semibold">
          {t("pack.title")}
        </h2>
        <p className="mb-4 mt-1 text-sm text-slate-600">{t("pack.text")}</p>
        {!canDownloadPack ? (
          <Alert tone="info">{t("pack.needsDocuments")}</Alert>
        ) : months.length === 0 ? (
          <EmptyState title={t("pack.empty")} />
        ) : (
          <form method="get" action="/api/finance/accounting-pack" className="grid gap-3" data-testid="pack-form">
            <Select
              name="period"
              required
              label={t("pack.month")}
              defaultValue={months[0]}
              options={months.map((month) => ({ value: month, label: upperFirst(format.dateTime(monthDate(month), { month: "long", year: "numeric" })) }))}
            />
            <div>
              <Button type="submit" isReadAction className="w-full sm:w-auto">
                {t("pack.download")}
              </Button>
            </div>
          </form>
        )}
      </Card>
    </div>
  );
}
