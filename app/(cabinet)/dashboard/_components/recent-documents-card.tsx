import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { formatMoney, type TLocale } from "@/lib/money";
import { DOCUMENT_STATUS_TONE, pdfHref } from "./labels";

type TRecentDocument = { id: string; kind: string; number: string; issuedAt: Date; amountGross: number; status: string };

export async function RecentDocumentsCard({ documents }: { documents: TRecentDocument[] }) {
  const t = await getTranslations("dashboard.documents");
  const td = await getTranslations("documents");
  const locale = (await getLocale()) as TLocale;
  const format = await getFormatter();
  return (
    <Card data-testid="dashboard-documents">
      <div className="mb-3 flex items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        <Link href="/documents" className="text-sm font-medium text-brand-700 hover:underline">
          {t("all")}
        </Link>
      </div>
      {documents.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ul className="divide-y divide-slate-100">
          {documents.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 py-2">
              <div className="min-w-0">
                <p className="font-medium">
                  {td(`kind.${d.kind}` as never)} <span className="whitespace-nowrap">{d.number}</span>
                </p>
                <p className="text-xs text-slate-500">{format.dateTime(d.issuedAt, { dateStyle: "medium" })}</p>
              </div>
              <div className="flex items-center gap-3">
                <span className="whitespace-nowrap tabular-nums">{formatMoney(d.amountGross, locale)}</span>
                <Badge tone={DOCUMENT_STATUS_TONE[d.status] ?? "neutral"}>{td(`status.${d.status}` as never)}</Badge>
                <a href={pdfHref(d.id)} className="text-sm font-medium text-brand-700 hover:underline" aria-label={td("table.downloadLabel", { number: d.number })}>
                  {td("table.download")}
                </a>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
