import { getLocale, getTranslations } from "next-intl/server";
import { clock } from "@/lib/clock";
import type { TLocale } from "@/lib/money";
import { renderDocumentPdf } from "@/lib/pdf/render-document";
import { renderReconciliationPdf } from "@/lib/pdf/reconciliation";
import { ZAccountingPackQuery } from "@/lib/schemas/finance";
import { recordCallerAction } from "@/lib/server/audit/record-denied";
import { asciiDocumentNumber } from "@/lib/server/documents/numbering";
import { attachmentDisposition, downloadCaller, plainResponse } from "@/lib/server/finance/download-response";
import { getAccountingPack } from "@/lib/server/finance/get-accounting-pack";
import { isClosedMonth } from "@/lib/server/finance/pack-month";
import { zipStream, type TZipFile } from "@/lib/server/finance/zip-stream";

export const dynamic = "force-dynamic";

// The monthly accounting pack of the chosen account for ?period=YYYY-MM, a closed month:
// one ZIP with the month's invoices, acts and tax invoices (the same PDFs as their single
// downloads) and the month's reconciliation statement, streamed: each PDF is rendered and
// written into the archive as the client reads. It needs BOTH grants, documents.read (the
// documents, checked as the document download checks it) and finance.read (the statement's
// figures); a member lacking either gets 403, logged. Signed out: 401; no account: 404;
// a malformed or not yet closed month: 400.
export async function GET(request: Request): Promise<Response> {
  const { caller, response } = await downloadCaller("accounting-pack", ["documents.read", "finance.read"]);
  if (response) return response;
  const locale = (await getLocale()) as TLocale;
  const t = await getTranslations({ locale });
  const parsed = ZAccountingPackQuery.safeParse({ period: new URL(request.url).searchParams.get("period") ?? undefined });
  if (!parsed.success) return plainResponse(400, t(parsed.error.issues[0].message as never));
  const { period } = parsed.data;
  const now = clock.now();
  if (!isClosedMonth(period, now)) return plainResponse(400, t("finance.pack.errors.notClosed"));

  const pack = await getAccountingPack(caller, period);
  const pdfT = await getTranslations({ locale, namespace: "finance.reconciliation.pdf" });
  const number = pack.reconciliation.account.number;
  const files: TZipFile[] = [
    ...pack.documents.map((document) => ({
      name: `${asciiDocumentNumber(document.number)}.pdf`,
      modified: document.issuedAt,
      render: () => renderDocumentPdf(document),
    })),
    {
      name: `reconciliation-${number}-${period}.pdf`,
      modified: now,
      render: () => renderReconciliationPdf(pack.reconciliation, locale, pdfT as never, now),
    },
  ];
  await recordCallerAction(caller, {
    action: "document.download",
    objectType: "export:accounting-pack",
    details: { period, documents: pack.documents.map((d) => d.number) },
  });
  return new Response(zipStream(files), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": attachmentDisposition(`documents-${number}-${period}.zip`, t("finance.pack.fileName", { account: number, month: period })),
      "Cache-Control": "private, no-store",
    },
  });
}
