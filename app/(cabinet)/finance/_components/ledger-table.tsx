import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { cn } from "@/components/ui/cn";
import { formatMoney, type TLocale } from "@/lib/money";
import type { TLedgerRow } from "@/lib/server/finance/list-ledger";
import { LEDGER_KIND_TONE, localized, pdfHref } from "../../dashboard/_components/labels";

// On a phone the table keeps two columns (the operation with its date and document, the
// amount with the balance after it); from "sm" up each has its own column.
export async function LedgerTable({ rows, canDownload }: { rows: TLedgerRow[]; canDownload: boolean }) {
  const t = await getTranslations("finance.ledger");
  const locale = (await getLocale()) as TLocale;
  const format = await getFormatter();
  const documentLink = (row: TLedgerRow) =>
    row.documentId && row.documentNumber ? (
      canDownload ? (
        <a href={pdfHref(row.documentId)} className="text-brand-700 hover:underline">
          {row.documentNumber}
        </a>
      ) : (
        row.documentNumber
      )
    ) : null;
  return (
    <Table>
      <thead>
        <tr>
          <Th className="hidden sm:table-cell">{t("date")}</Th>
          <Th>{t("description")}</Th>
          <Th className="text-right">{t("amount")}</Th>
          <Th className="hidden text-right sm:table-cell">{t("balanceAfter")}</Th>
          <Th className="hidden sm:table-cell">{t("document")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="ledger-rows">
        {rows.map((row) => {
          const date = format.dateTime(row.occurredAt, { dateStyle: "medium" });
          return (
            <tr key={row.id} data-testid="ledger-row">
              <Td className="hidden whitespace-nowrap sm:table-cell">
                <time dateTime={row.occurredAt.toISOString()}>{date}</time>
              </Td>
              <Td className="sm:min-w-56">
                <div className="text-xs text-slate-500 sm:hidden">{date}</div>
                <div>{localized(row.description, locale)}</div>
                <div className="mt-1 flex flex-wrap items-center gap-2 text-xs">
                  <Badge tone={LEDGER_KIND_TONE[row.kind] ?? "neutral"}>{t(`kind.${row.kind}`)}</Badge>
                  <span className="sm:hidden">{documentLink(row)}</span>
                </div>
              </Td>
              <Td className="whitespace-nowrap text-right tabular-nums">
                <div className={cn(row.amount < 0 ? "text-red-700" : "text-emerald-700")}>
                  {row.amount > 0 ? "+" : ""}
                  {formatMoney(row.amount, locale)}
                </div>
                <div className="text-xs text-slate-500 sm:hidden">
                  {t("balanceAfter")}: {formatMoney(row.balanceAfter, locale)}
                </div>
              </Td>
              <Td className="hidden whitespace-nowrap text-right tabular-nums sm:table-cell" data-testid="balance-after">
                {formatMoney(row.balanceAfter, locale)}
              </Td>
              <Td className="hidden whitespace-nowrap sm:table-cell">{documentLink(row) ?? "—"}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
