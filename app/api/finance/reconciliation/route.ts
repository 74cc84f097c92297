import { getLocale, getTranslations } from "next-intl/server";
import { clock } from "@/lib/clock";
import type { TLocale } from "@/lib/money";
import { renderReconciliationPdf } from "@/lib/pdf/reconciliation";
import { ZReconciliationQuery } from "@/lib/schemas/finance";
import { recordCallerAction } from "@/lib/server/audit/record-denied";
import { attachmentDisposition, downloadCaller, plainResponse } from "@/lib/server/finance/download-response";
import { getReconciliation } from "@/lib/server/finance/get-reconciliation";

export const dynamic = "force-dynamic";

// The reconciliation statement (акт сверки) of the chosen account for ?from=YYYY-MM-DD&to=…
// (Almaty days, from ≤ to, at most three years) as a PDF in the cabinet's language, through
// the same scoped getReconciliation() the accounting pack uses. Signed out: 401; no account
// to read: 404; no finance.read: 403 (logged); bad dates: 400 saying what is wrong.
export async function GET(request: Request): Promise<Response> {
  const { caller, response } = await downloadCaller("reconciliation", ["finance.read"]);
  if (response) return response;
  const locale = (await getLocale()) as TLocale;
  const t = await getTranslations({ locale });
  const params = new URL(request.url).searchParams;
  const parsed = ZReconciliationQuery.safeParse({ from: params.get("from") ?? undefined, to: params.get("to") ?? undefined });
  if (!parsed.success) return plainResponse(400, t(parsed.error.issues[0].message as never));

  const { from, to } = parsed.data;
  const statement = await getReconciliation(caller, { from, to });
  const pdfT = await getTranslations({ locale, namespace: "finance.reconciliation.pdf" });
  const pdf = await renderReconciliationPdf(statement, locale, pdfT as never, clock.now());
  await recordCallerAction(caller, {
    action: "document.download",
    objectType: "export:reconciliation",
    details: { from, to, entries: statement.entries.length },
  });
  const number = statement.account.number;
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": attachmentDisposition(`reconciliation-${number}-${from}-${to}.pdf`, t("finance.reconciliation.fileName", { account: number, from, to })),
      "Content-Length": String(pdf.length),
      "Cache-Control": "private, no-store",
    },
  });
}
