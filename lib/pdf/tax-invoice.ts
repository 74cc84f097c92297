import { moneyInWords } from "@/lib/money-in-words";
import { lineNet } from "@/lib/server/documents/document-totals";
import { vatOf } from "@/lib/money";
import { PROVIDER } from "./provider";
import { pdfAmount, pdfDate, pdfLongDate, pdfQuantity, pdfRate } from "./format";
import { contentWidth, fields, left, signatures, table, text, type TPdf } from "./layout";
import { periodLine, taxIdLabel, type TPdfDocument } from "./parties";

// Счёт-фактура (landscape): the seller's and the buyer's blocks with BIN, address and IIK,
// the turnover date, and the lines with cost without VAT, the VAT rate and sum, and the
// cost with VAT per line.
export function drawTaxInvoice(pdf: TPdf, doc: TPdfDocument): void {
  const x = left(pdf);
  const width = contentWidth(pdf);
  const s = doc.account.subscriber;
  let y = pdf.page.margins.top;

  y = text(pdf, "Шот-фактура / Счёт-фактура", x, y, width, { size: 9, align: "center" });
  y = text(pdf, `Счёт-фактура № ${doc.number} от ${pdfLongDate(doc.issuedAt)}`, x, y + 2, width, { size: 13, bold: true, align: "center" });
  y = text(pdf, `Дата совершения оборота: ${pdfDate(doc.periodEnd ?? doc.issuedAt)}`, x, y + 2, width, { size: 9, align: "center" }) + 8;

  const half = (width - 16) / 2;
  const top = y;
  const sellerEnd = fields(pdf, top, [
    ["Поставщик:", PROVIDER.name],
    ["БИН:", PROVIDER.bin],
    ["Адрес:", PROVIDER.address],
    ["ИИК:", `${PROVIDER.iban} в ${PROVIDER.bank}, БИК ${PROVIDER.bic}`],
    ["Учёт по НДС:", PROVIDER.vatRegistration],
  ], { x, width: half, labelWidth: 78, size: 8.5 });
  const buyerEnd = fields(pdf, top, [
    ["Получатель:", s.name],
    [`${taxIdLabel(s.kind)}:`, s.taxId],
    ["Адрес:", s.legalAddress],
    ["ИИК:", `${s.iban}${s.bankName ? ` в ${s.bankName}` : ""}, БИК ${s.bic}`],
    ["Договор:", `№ ${s.contractNumber} от ${pdfDate(s.contractDate)}; условия оплаты: безналичный расчёт`],
  ], { x: x + half + 16, width: half, labelWidth: 78, size: 8.5 });
  y = Math.max(sellerEnd, buyerEnd);
  const period = periodLine(doc);
  if (period) y = text(pdf, `Период оказания услуг: ${period}; лицевой счёт ${doc.account.number}`, x, y + 4, width, { size: 8.5 });

  const rate = pdfRate(doc.vatRateBp);
  y = table(
    pdf,
    y + 8,
    [
      { header: "№", width: 3, align: "center" },
      { header: "Наименование товаров (работ, услуг)", width: 33 },
      { header: "Ед. изм.", width: 6, align: "center" },
      { header: "Кол-во", width: 6, align: "right" },
      { header: "Цена (тариф) за единицу без НДС, ₸", width: 11, align: "right" },
      { header: "Стоимость без НДС, ₸", width: 11, align: "right" },
      { header: "НДС ставка", width: 6, align: "center" },
      { header: "НДС сумма, ₸", width: 10, align: "right" },
      { header: "Всего стоимость реализации, ₸", width: 12, align: "right" },
    ],
    doc.lines.map((line) => {
      const vat = vatOf(lineNet(line), doc.vatRateBp);
      return [String(line.position), line.nameRu, line.unit, pdfQuantity(line.quantity), pdfAmount(line.unitPrice), pdfAmount(line.amountNet), rate, pdfAmount(vat), pdfAmount(line.amountNet + vat)];
    }),
    { size: 7.5, footer: [["", "Всего по счёту", "", "", "", pdfAmount(doc.amountNet), "", pdfAmount(doc.amountVat), pdfAmount(doc.amountGross)]] },
  );

  y = text(pdf, `Всего стоимость реализации: ${moneyInWords(doc.amountGross)}, в том числе НДС ${rate}: ${pdfAmount(doc.amountVat)} ₸`, x, y + 8, width, { size: 9, bold: true });
  signatures(pdf, y + 12, [
    { caption: `Руководитель организации: ${PROVIDER.director.position}`, name: PROVIDER.director.short },
    { caption: PROVIDER.accountant.position, name: PROVIDER.accountant.short },
    { caption: "Выдал (ответственное лицо поставщика)", name: PROVIDER.accountant.short },
  ]);
}
