import { moneyInWords } from "@/lib/money-in-words";
import { PROVIDER } from "./provider";
import { pdfAmount, pdfDate, pdfQuantity, pdfRate } from "./format";
import { contentWidth, fields, left, signatures, table, text, type TPdf } from "./layout";
import { contractLine, customerLine, customerSignatory, periodLine, providerLine, type TPdfDocument } from "./parties";

// Акт выполненных работ (оказанных услуг), form Р-1 (annex 50 to order No. 562 of the
// Minister of Finance of 20.12.2012): the parties, the contract, the document number and
// date, the table of services with the date of performance, unit, quantity, unit price and
// cost, totals with VAT, the total in words, and both sides' signatures.
export function drawAct(pdf: TPdf, doc: TPdfDocument): void {
  const x = left(pdf);
  const width = contentWidth(pdf);
  let y = pdf.page.margins.top;

  y = text(pdf, "Приложение 50\nк приказу Министра финансов\nРеспублики Казахстан\nот 20 декабря 2012 года № 562", x + width - 180, y, 180, { size: 7, align: "right" });
  y = text(pdf, "Форма Р-1", x + width - 180, y + 2, 180, { size: 8, bold: true, align: "right" }) + 6;

  y = fields(pdf, y, [
    ["Заказчик:", customerLine(doc)],
    ["Исполнитель:", providerLine()],
    ["Договор (контракт):", contractLine(doc)],
  ], { labelWidth: 120 });

  y = table(pdf, y + 6, [
    { header: "Номер документа", width: 50, align: "center" },
    { header: "Дата составления", width: 50, align: "center" },
  ], [[doc.number, pdfDate(doc.issuedAt)]], { size: 8.5 });

  y = text(pdf, "ОРЫНДАЛҒАН ЖҰМЫСТАР (КӨРСЕТІЛГЕН ҚЫЗМЕТТЕР) АКТІСІ", x, y + 12, width, { size: 9, align: "center" });
  y = text(pdf, "АКТ ВЫПОЛНЕННЫХ РАБОТ (ОКАЗАННЫХ УСЛУГ)", x, y + 2, width, { size: 12, bold: true, align: "center" });
  const period = periodLine(doc);
  if (period) y = text(pdf, `за период ${period}`, x, y + 2, width, { size: 9, align: "center" });

  const performed = pdfDate(doc.periodEnd ?? doc.issuedAt);
  y = table(
    pdf,
    y + 8,
    [
      { header: "№ п/п", width: 5, align: "center" },
      { header: "Наименование работ (услуг)", width: 34 },
      { header: "Дата выполнения работ (оказания услуг)", width: 12, align: "center" },
      { header: "Единица измерения", width: 10, align: "center" },
      { header: "Количество", width: 10, align: "right" },
      { header: "Цена за единицу, ₸", width: 13, align: "right" },
      { header: "Стоимость, ₸", width: 16, align: "right" },
    ],
    doc.lines.map((line) => [String(line.position), line.nameRu, performed, line.unit, pdfQuantity(line.quantity), pdfAmount(line.unitPrice), pdfAmount(line.amountNet)]),
    {
      size: 7.5,
      headerSize: 6.5,
      footer: [
        ["", "Итого", "", "", "", "", pdfAmount(doc.amountNet)],
        ["", `НДС ${pdfRate(doc.vatRateBp)}`, "", "", "", "", pdfAmount(doc.amountVat)],
        ["", "Всего с НДС", "", "", "", "", pdfAmount(doc.amountGross)],
      ],
    },
  );

  y = text(pdf, `Всего оказано услуг на сумму: ${moneyInWords(doc.amountGross)}, в том числе НДС ${pdfRate(doc.vatRateBp)}: ${pdfAmount(doc.amountVat)} ₸`, x, y + 8, width, { size: 9, bold: true });
  y = text(pdf, "Сведения об использовании запасов, полученных от заказчика: не использовались.", x, y + 4, width, { size: 8 });
  y = text(pdf, "Приложение: перечень документации, в том числе отчёт(ы) о маркетинговых, научных исследованиях, консультационных и прочих услугах (обязательны при его (их) наличии) на ___ страниц.", x, y + 2, width, { size: 7.5 });

  const customer = customerSignatory(doc);
  y = signatures(pdf, y + 14, [
    { caption: `Сдал (Исполнитель): ${PROVIDER.director.position}`, name: PROVIDER.director.short },
    { caption: `Принял (Заказчик): ${customer.position}`, name: customer.name },
  ]);
  text(pdf, "Дата подписания (принятия) работ (услуг): «___» __________ 20__ г.", x + width / 2 + 12, y, width / 2 - 12, { size: 8 });
}
