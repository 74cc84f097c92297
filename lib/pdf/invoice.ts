import { moneyInWords } from "@/lib/money-in-words";
import { PROVIDER } from "./provider";
import { pdfAmount, pdfDate, pdfLongDate, pdfQuantity, pdfRate } from "./format";
import { contentWidth, fields, left, rule, signatures, table, text, type TPdf } from "./layout";
import { contractLine, customerLine, periodLine, providerLine, type TPdfDocument } from "./parties";

// Счёт на оплату: the payment details block the bank transfer needs, both parties, the
// lines, VAT and the total in figures and in words.
export function drawInvoice(pdf: TPdf, doc: TPdfDocument): void {
  const x = left(pdf);
  const width = contentWidth(pdf);
  let y = pdf.page.margins.top;

  y = text(pdf, "Внимание! Оплата данного счёта означает согласие с условиями договора. Уведомление об оплате обязательно: в назначении платежа укажите номер счёта и лицевой счёт.", x, y, width, { size: 7.5, align: "center" }) + 6;

  y = text(pdf, "Образец платёжного поручения", x, y, width, { size: 9, bold: true });
  y = table(
    pdf,
    y + 2,
    [
      { header: "Бенефициар", width: 60 },
      { header: "ИИК", width: 30 },
      { header: "Кбе", width: 10 },
    ],
    [
      [`${PROVIDER.shortName}\nБИН ${PROVIDER.bin}`, PROVIDER.iban, PROVIDER.kbe],
      [`Банк бенефициара:\n${PROVIDER.bank}`, `БИК ${PROVIDER.bic}`, `КНП ${PROVIDER.knp}`],
    ],
    { size: 8.5, headerAlign: "left" },
  );

  y += 12;
  y = text(pdf, "Төлем шоты / Счёт на оплату", x, y, width, { size: 9, align: "center" });
  y = text(pdf, `Счёт на оплату № ${doc.number} от ${pdfLongDate(doc.issuedAt)}`, x, y + 2, width, { size: 13, bold: true, align: "center" });
  y = rule(pdf, y + 4);

  const period = periodLine(doc);
  y = fields(pdf, y + 2, [
    ["Поставщик:", providerLine()],
    ["Покупатель:", customerLine(doc)],
    ["Договор:", contractLine(doc)],
    ...(period ? ([["Период услуг:", period]] as Array<[string, string]>) : []),
    ...(doc.dueAt ? ([["Оплатить до:", pdfDate(doc.dueAt)]] as Array<[string, string]>) : []),
  ]);

  y = table(
    pdf,
    y + 8,
    [
      { header: "№", width: 5, align: "center" },
      { header: "Наименование", width: 47 },
      { header: "Кол-во", width: 9, align: "right" },
      { header: "Ед.", width: 7, align: "center" },
      { header: "Цена без НДС, ₸", width: 15, align: "right" },
      { header: "Сумма без НДС, ₸", width: 17, align: "right" },
    ],
    doc.lines.map((line) => [String(line.position), line.nameRu, pdfQuantity(line.quantity), line.unit, pdfAmount(line.unitPrice), pdfAmount(line.amountNet)]),
    {
      footer: [
        ["", "Итого без НДС", "", "", "", pdfAmount(doc.amountNet)],
        ["", `НДС ${pdfRate(doc.vatRateBp)}`, "", "", "", pdfAmount(doc.amountVat)],
        ["", "Всего к оплате", "", "", "", pdfAmount(doc.amountGross)],
      ],
    },
  );

  y = text(pdf, `Всего наименований ${doc.lines.length}, на сумму ${pdfAmount(doc.amountGross)} KZT, в том числе НДС ${pdfRate(doc.vatRateBp)}: ${pdfAmount(doc.amountVat)} KZT`, x, y + 8, width, { size: 9 });
  y = text(pdf, `Всего к оплате: ${moneyInWords(doc.amountGross)}`, x, y + 2, width, { size: 9.5, bold: true });
  y = rule(pdf, y + 8);
  signatures(pdf, y + 6, [
    { caption: `Исполнитель: ${PROVIDER.director.position}`, name: PROVIDER.director.short },
    { caption: PROVIDER.accountant.position, name: PROVIDER.accountant.short },
  ]);
}
