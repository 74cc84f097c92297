import { createPdf, toBuffer } from "./layout";
import { drawAct } from "./act";
import { drawInvoice } from "./invoice";
import { drawTaxInvoice } from "./tax-invoice";
import type { TPdfDocument } from "./parties";

const TITLES: Record<string, string> = { INVOICE: "Счёт на оплату", ACT: "Акт выполненных работ", TAX_INVOICE: "Счёт-фактура" };

// The PDF of a document, generated from the data each time (no stored files to go stale
// or leak): the caller must have fetched `doc` through the scoped getDocument().
export async function renderDocumentPdf(doc: TPdfDocument): Promise<Buffer> {
  const title = `${TITLES[doc.kind] ?? "Документ"} № ${doc.number}`;
  const pdf = createPdf({ title, landscape: doc.kind === "TAX_INVOICE" });
  if (doc.kind === "ACT") drawAct(pdf, doc);
  else if (doc.kind === "TAX_INVOICE") drawTaxInvoice(pdf, doc);
  else drawInvoice(pdf, doc);
  return toBuffer(pdf);
}

export function pdfFileName(doc: Pick<TPdfDocument, "kind" | "number">): string {
  return `${doc.number}.pdf`;
}
