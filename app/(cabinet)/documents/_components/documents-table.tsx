import { getLocale, getTranslations } from "next-intl/server";
import { formatAlmaty } from "@/lib/intl-cache";
import { Badge } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { formatMoney, type TLocale } from "@/lib/money";
import type { TDocumentListRow } from "@/lib/server/documents/list-documents";
import { DOCUMENT_STATUS_TONE, pdfHref } from "../../dashboard/_components/labels";

// A page of documents; its dates read day first in every language, as elsewhere.
export async function DocumentsTable({ rows }: { rows: TDocumentListRow[] }) {
  const t = await getTranslations("documents");
  const locale = (await getLocale()) as TLocale;
  const date = (d: Date) => formatAlmaty(d, locale, { dateStyle: "short" });
  return (
    <Table>
      <thead>
        <tr>
          <Th>{t("table.kind")}</Th>
          <Th className="hidden sm:table-cell">{t("table.date")}</Th>
          <Th className="hidden md:table-cell">{t("table.period")}</Th>
          <Th className="text-right">{t("table.amount")}</Th>
          <Th className="hidden sm:table-cell">{t("table.status")}</Th>
          <Th className="hidden sm:table-cell">{t("table.download")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="document-rows">
        {rows.map((d) => {
          const downloadLabel = t("table.downloadLabel", { number: d.number });
          return (
            <tr key={d.id} data-testid="document-row" data-number={d.number}>
              <Td className="sm:min-w-48">
                <div className="font-medium">{t(`kind.${d.kind}` as never)}</div>
                <div className="whitespace-nowrap text-xs text-slate-500">
                  {`№ ${d.number}`}
                  <span className="sm:hidden">{` · ${date(d.issuedAt)}`}</span>
                </div>
                <div className="mt-1 flex items-center gap-3 sm:hidden">
                  <Badge tone={DOCUMENT_STATUS_TONE[d.status] ?? "neutral"}>{t(`status.${d.status}` as never)}</Badge>
                  <a href={pdfHref(d.id)} className="inline-flex min-h-8 items-center font-medium text-brand-700 hover:underline" aria-label={downloadLabel}>
                    {t("table.download")}
                  </a>
                </div>
              </Td>
              <Td className="hidden whitespace-nowrap sm:table-cell">{date(d.issuedAt)}</Td>
              <Td className="hidden whitespace-nowrap md:table-cell">{d.periodStart && d.periodEnd ? `${date(d.periodStart)} – ${date(d.periodEnd)}` : "—"}</Td>
              <Td className="text-right tabular-nums">
                <div className="whitespace-nowrap">{formatMoney(d.amountGross, locale)}</div>
                <div className="text-xs text-slate-500">
                  {`${t("table.vat")} ${d.vatRateBp / 100} %: ${formatMoney(d.amountVat, locale)}`}
                </div>
              </Td>
              <Td className="hidden whitespace-nowrap sm:table-cell">
                <Badge tone={DOCUMENT_STATUS_TONE[d.status] ?? "neutral"}>{t(`status.${d.status}` as never)}</Badge>
                {d.dueAt && d.status !== "PAID" && d.kind === "INVOICE" && (
                  <div className="mt-1 text-xs text-slate-500">{t("table.dueAt", { date: date(d.dueAt) })}</div>
                )}
              </Td>
              <Td className="hidden whitespace-nowrap sm:table-cell">
                <a href={pdfHref(d.id)} className="inline-flex min-h-10 items-center font-medium text-brand-700 hover:underline" aria-label={downloadLabel}>
                  {t("table.download")}
                </a>
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
