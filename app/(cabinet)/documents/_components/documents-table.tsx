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
  // Below sm a row is a small card of two lines, kind and amount above, status and the PDF
  // below: the same cells as the desktop's, laid out by a grid, rather than a second copy of
  // the status and the link for the phone.
  return (
    <Table className="block sm:table">
      <thead className="hidden sm:table-header-group">
        <tr>
          <Th>{t("table.kind")}</Th>
          <Th>{t("table.date")}</Th>
          <Th className="hidden md:table-cell">{t("table.period")}</Th>
          <Th className="text-right">{t("table.amount")}</Th>
          <Th>{t("table.status")}</Th>
          <Th>{t("table.download")}</Th>
        </tr>
      </thead>
      <tbody className="block divide-y divide-slate-100 sm:table-row-group" data-testid="document-rows">
        {rows.map((d) => (
          <tr key={d.id} className="grid grid-cols-[1fr_auto] sm:table-row" data-testid="document-row" data-number={d.number}>
            <Td className="sm:min-w-48">
              <div className="font-medium">{t(`kind.${d.kind}` as never)}</div>
              <div className="whitespace-nowrap text-xs text-slate-500">
                {`№ ${d.number}`}
                <span className="sm:hidden">{` · ${date(d.issuedAt)}`}</span>
              </div>
            </Td>
            <Td className="hidden whitespace-nowrap sm:table-cell">{date(d.issuedAt)}</Td>
            <Td className="hidden whitespace-nowrap md:table-cell">{d.periodStart && d.periodEnd ? `${date(d.periodStart)} – ${date(d.periodEnd)}` : "—"}</Td>
            <Td className="text-right tabular-nums">
              <div className="whitespace-nowrap">{formatMoney(d.amountGross, locale)}</div>
              <div className="text-xs text-slate-500">{`${t("table.vat")} ${d.vatRateBp / 100} %: ${formatMoney(d.amountVat, locale)}`}</div>
            </Td>
            <Td className="whitespace-nowrap max-sm:pt-0">
              <Badge tone={DOCUMENT_STATUS_TONE[d.status] ?? "neutral"}>{t(`status.${d.status}` as never)}</Badge>
              {d.dueAt && d.status !== "PAID" && d.kind === "INVOICE" && (
                <div className="mt-1 text-xs text-slate-500">{t("table.dueAt", { date: date(d.dueAt) })}</div>
              )}
            </Td>
            <Td className="whitespace-nowrap text-right max-sm:pt-0 sm:text-left">
              <a
                href={pdfHref(d.id)}
                className="inline-flex min-h-8 items-center font-medium text-brand-700 hover:underline sm:min-h-10"
                aria-label={t("table.downloadLabel", { number: d.number })}
              >
                {t("table.download")}
              </a>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
