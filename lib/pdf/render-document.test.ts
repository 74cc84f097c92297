import { writeFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { extractText } from "unpdf";
import { db } from "@/lib/db";
import { createAccount } from "@/test/factories";
import { callerFor } from "@/test/cabinet";
import { getDocument } from "@/lib/server/documents/get-document";
import { documentTotals, lineNet } from "@/lib/server/documents/document-totals";
import { vatOf } from "@/lib/money";
import { renderDocumentPdf } from "./render-document";
import { PROVIDER } from "./provider";
import { pdfAmount } from "./format";

const KAZAKH_LETTERS = ["Ә", "Ғ", "Қ", "Ң", "Ө", "Ұ", "Ү", "Һ", "І"];
const NAME = "ТОО «ӘЛЕМ ҒАРЫШ ҚОҢЫР ӨНЕР ҰЛЫ ҮМІТ ҺАРУН ІНЖУ»";
const ADDRESS = "050000, г. Алматы, ул. Қабанбай батыр, 83 (проверка шрифта: әғқңөұүһі)";

const LINES = [
  { nameRu: "Выделенный доступ в интернет, тариф «Бизнес 500 Мбит/с», 10.2026", unit: "порт", quantity: 1, unitPrice: 120_000_00 },
  { nameRu: "IP-телефония, тариф «SIP-линия», 10.2026", unit: "линия", quantity: 10, unitPrice: 1_500_00 },
  { nameRu: "IP-телефония: минуты сверх включённых в тариф, 10.2026", unit: "мин", quantity: 453, unitPrice: 12_00 },
  { nameRu: "Облачные серверы, тариф «VM Medium: 4 vCPU, 16 ГБ», 10.2026", unit: "ВМ", quantity: 2.8, unitPrice: 29_900_00 },
];

// Text as pdf.js reads it back: no-break spaces made plain, runs of whitespace collapsed.
const flat = (value: string) => value.replace(/[\u00a0\u202f\s]+/g, " ");

async function seedDocument(kind: string) {
  const { account, owner, subscriber } = await createAccount();
  await db.subscriber.update({
    where: { id: subscriber.id },
    data: { name: NAME, legalAddress: ADDRESS, signatoryName: "Өмірзақ Ұлан Іргебайұлы", signatoryPosition: "Директор" },
  });
  const rateBp = 1600;
  const totals = documentTotals(LINES, rateBp);
  const document = await db.document.create({
    data: {
      accountId: account.id,
      kind,
      number: `${kind}-T-${account.id.slice(-8)}`,
      issuedAt: new Date("2026-10-31T13:00:00Z"),
      periodStart: new Date("2026-09-30T19:00:00Z"),
      periodEnd: new Date("2026-10-30T19:00:00Z"),
      dueAt: new Date("2026-11-14T19:00:00Z"),
      vatRateBp: rateBp,
      ...totals,
      status: "ISSUED",
      lines: { create: LINES.map((line, i) => ({ ...line, position: i + 1, nameKk: line.nameRu, nameEn: line.nameRu, amountNet: lineNet(line) })) },
    },
  });
  return { caller: callerFor(owner, account.id), document, totals };
}

async function render(kind: string) {
  const { caller, document, totals } = await seedDocument(kind);
  const pdf = await renderDocumentPdf(await getDocument(caller, document.id));
  if (process.env.DUMP_PDF) writeFileSync(`/tmp/${kind}.pdf`, pdf);
  const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
  return { pdf, text: flat(text), document, totals };
}

describe("document PDFs", () => {
  beforeAll(async () => {
    await renderDocumentPdf(await getDocument(...(await seedDocument("INVOICE").then((r) => [r.caller, r.document.id] as const)))); // warm the fonts
  });

  for (const kind of ["INVOICE", "ACT", "TAX_INVOICE"]) {
    it(`${kind}: numbers, both parties, lines, VAT and the totals in figures and words, Kazakh letters`, async () => {
      const { pdf, text, document, totals } = await render(kind);
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      expect(text).toContain(document.number);
      expect(text).toContain(PROVIDER.bin);
      if (kind !== "ACT") expect(text).toContain(PROVIDER.iban);
      expect(text).toContain(flat(NAME));
      expect(text).toContain(flat(pdfAmount(totals.amountNet)));
      expect(text).toContain(flat(pdfAmount(totals.amountVat)));
      expect(text).toContain(flat(pdfAmount(totals.amountGross)));
      expect(text).toContain("16 %");
      for (const line of LINES) expect(text).toContain(line.nameRu.slice(0, 30));
      expect(text).toContain(flat(pdfAmount(lineNet(LINES[2]))));
      // 224 156,00 + VAT 35 864,96 = 260 020,96 ₸
      expect(totals).toEqual({ amountNet: 224_156_00, amountVat: 35_864_96, amountGross: 260_020_96 });
      expect(text).toContain("260 020,96");
      expect(text).toContain("Двести шестьдесят тысяч двадцать тенге 96 тиын");
      for (const letter of KAZAKH_LETTERS) {
        expect(text, `letter ${letter}`).toContain(letter);
        expect(text, `letter ${letter.toLowerCase()}`).toContain(letter.toLowerCase());
      }
    });
  }

  it("the act follows form Р-1 and the tax invoice shows VAT per line", async () => {
    const act = await render("ACT");
    for (const heading of ["Форма Р-1", "АКТ ВЫПОЛНЕННЫХ РАБОТ (ОКАЗАННЫХ УСЛУГ)", "Наименование работ (услуг)", "Дата выполнения работ (оказания услуг)", "Единица измерения", "Количество", "Цена за единицу", "Стоимость", "Сдал (Исполнитель)", "Принял (Заказчик)"]) {
      expect(act.text).toContain(heading);
    }
    expect(act.text).toContain("31.10.2026");
    const tax = await render("TAX_INVOICE");
    expect(tax.text).toContain("Счёт-фактура");
    expect(tax.text).toContain("Поставщик");
    expect(tax.text).toContain("Получатель");
    const vat = vatOf(lineNet(LINES[0]), 1600);
    expect(tax.text).toContain(flat(pdfAmount(vat)));
    const invoice = await render("INVOICE");
    expect(invoice.text).toContain("Бенефициар");
    expect(invoice.text).toContain(`КНП ${PROVIDER.knp}`);
    expect(invoice.text).toContain("Оплатить до: 15.11.2026");
  });
});
