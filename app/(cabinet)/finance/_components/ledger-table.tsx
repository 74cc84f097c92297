import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { cn } from "@/components/ui/cn";
import { formatMoney, type TLocale } from "@/lib/money";
import type { TLedgerRow } from "@/lib/server/finance/list-ledger";
import { LEDGER_KIND_TONE, localized, pdfHref } from "../../dashboard/_components/labels";

export async function LedgerTable({ rows, canDownload }: { rows: TLedgerRow[]; canDownload: boolean }) {
  const t = await getTranslations("finance.ledger");
  const locale = (await getLocale()) as TLocale;
  const format = await getFormatter();
  return (
    <Table>
      <thead>
        <tr>
          <Th>{t("date")}</Th>
          <Th>{t("description")}</Th>
          <Th className="text-right">{t("amount")}</Th>
          <Th className="text-right">{t("balanceAfter")}</Th>
          <Th>{t("document")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="ledger-rows">
        {rows.map((row) => (
          <tr key={row.id} data-testid="ledger-row">
            <Td className="whitespace-nowrap">
              <time dateTime={row.occurredAt.toISOString()}>{format.dateTime(row.occurredAt, { dateStyle: "medium" })}</time>
            </Td>
            <Td className="min-w-56">
              <div>{localized(row.description, locale)}</div>
              <div className="mt-1">
                <Badge tone={LEDGER_KIND_TONE[row.kind] ?? "neutral"}>{t(`kind.${row.kind}`)}</Badge>
              </div>
            </Td>
            <Td className={cn("whitespace-nowrap text-right tabular-nums", row.amount < 0 ? "text-red-700" : "text-emerald-700")}>
              {row.amount > 0 ? "+" : ""}
              {formatMoney(row.amount, locale)}
            </Td>
            <Td className="whitespace-nowrap text-right tabular-nums" data-testid="balance-after">
              {formatMoney(row.balanceAfter, locale)}
            </Td>
            <Td className="whitespace-nowrap">
              {row.documentId && row.documentNumber ? (
                canDownload ? (
                  <a href={pdfHref(row.documentId)} className="text-brand-700 hover:underline">
                    {row.documentNumber}
                  </a>
                ) : (
                  row.documentNumber
                )
              ) : (
                "—"
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
