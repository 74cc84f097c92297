import type { TLocale } from "@/lib/money";
import type { TReconciliation } from "@/lib/server/finance/get-reconciliation";
import { almatyDayStart } from "@/lib/server/finance/almaty-time";
import { PROVIDER } from "./provider";
import { pdfAmount, pdfDate } from "./format";
import { FONT_BOLD, contentWidth, createPdf, fields, left, signatures, table, text, toBuffer, type TColumn, type TPdf } from "./layout";

// The translator of `finance.reconciliation.pdf` in the statement's language.
export type TReconciliationT = (key: string, values?: Record<string, string | number>) => string;

// The provider's side (date, operation, debit, credit, running balance) is filled from the
// ledger; the customer's side (date, document, debit, credit) stays blank for the customer's
// accountant to fill in from their own books, as an акт сверки is exchanged and signed.
const COLUMNS: Array<Omit<TColumn, "header"> & { key: string }> = [
  { key: "number", width: 3.5, align: "center" },
  { key: "date", width: 7.5, align: "center" },
  { key: "operation", width: 27 },
  { key: "debit", width: 9.5, align: "right" },
  { key: "credit", width: 9.5, align: "right" },
  { key: "balance", width: 10.5, align: "right" },
  { key: "date", width: 7.5, align: "center" },
  { key: "document", width: 11 },
  { key: "debit", width: 7, align: "right" },
  { key: "credit", width: 7, align: "right" },
];
const PROVIDER_SPAN = 6;

const dayDate = (ymd: string) => pdfDate(almatyDayStart(ymd));

function requisites(t: TReconciliationT, party: { name: string; taxLabel: string; taxId: string; address: string; iban: string; bic: string; bank?: string | null }): string {
  const bank = party.bank ? `, ${party.bank}` : "";
  return `${party.name}, ${party.taxLabel} ${party.taxId}, ${party.address}, ${t("iban")} ${party.iban}, ${t("bic")} ${party.bic}${bank}`;
}

// The caption above the two halves of the table: "by the provider" over the first six
// columns, "by the customer" over the rest, at the widths table() scales them to.
function sideCaptions(pdf: TPdf, y: number, captions: [string, string]): number {
  const total = COLUMNS.reduce((sum, c) => sum + c.width, 0);
  const scale = contentWidth(pdf) / total;
  const firstWidth = COLUMNS.slice(0, PROVIDER_SPAN).reduce((sum, c) => sum + c.width, 0) * scale;
  const widths = [firstWidth, contentWidth(pdf) - firstWidth];
  pdf.font(FONT_BOLD).fontSize(7.5);
  const height = Math.max(...captions.map((c, i) => pdf.heightOfString(c, { width: widths[i] - 6 }))) + 6;
  let x = left(pdf);
  for (const [i, caption] of captions.entries()) {
    pdf.save().rect(x, y, widths[i], height).fill("#e2e8f0").restore();
    pdf.lineWidth(0.5).rect(x, y, widths[i], height).stroke("#555555");
    pdf.fillColor("#000000");
    text(pdf, caption, x + 3, y + 3, widths[i] - 6, { size: 7.5, bold: true, align: "center" });
    x += widths[i];
  }
  return y + height;
}

// Акт сверки взаиморасчётов: the parties, the contract and the account, the balance at the
// start, every charge and payment of the period with its document, the turnover, the
// balance at the end and what it means (who owes whom), and both sides' signatures. In the
// language of the cabinet (`locale`: the ledger's descriptions too); DejaVu Sans carries
// every Kazakh letter, as in the other documents.
export async function renderReconciliationPdf(r: TReconciliation, locale: TLocale, t: TReconciliationT, issuedAt: Date): Promise<Buffer> {
  const s = r.account.subscriber;
  const from = dayDate(r.from);
  const to = dayDate(r.to);
  const pdf = createPdf({ title: `${t("title")} ${from} – ${to}`, landscape: true });
  const x = left(pdf);
  const width = contentWidth(pdf);
  const money = (tiyn: number) => (tiyn === 0 ? "" : pdfAmount(tiyn));
  // A balance from the provider's books: positive is the customer's advance (credit).
  const saldo = (tiyn: number) => (tiyn === 0 ? pdfAmount(0) : `${tiyn < 0 ? t("dr") : t("cr")} ${pdfAmount(Math.abs(tiyn))}`);
  const customerName = s.shortName || s.name;

  let y = pdf.page.margins.top;
  y = text(pdf, t("title").toUpperCase(), x, y, width, { size: 13, bold: true, align: "center" });
  y = text(pdf, t("period", { from, to }), x, y + 2, width, { size: 10, align: "center" });
  y = text(pdf, t("between", { provider: PROVIDER.shortName, customer: customerName }), x, y + 2, width, { size: 9, align: "center" });
  y = text(pdf, t("contract", { number: s.contractNumber, date: pdfDate(s.contractDate), account: r.account.number }), x, y + 1, width, { size: 9, align: "center" }) + 8;

  y = fields(pdf, y, [
    [t("provider"), requisites(t, { name: PROVIDER.name, taxLabel: t("bin"), taxId: PROVIDER.bin, address: PROVIDER.address, iban: PROVIDER.iban, bic: PROVIDER.bic, bank: PROVIDER.bank })],
    [t("customer"), requisites(t, { name: s.name, taxLabel: s.kind === "LEGAL" ? t("bin") : t("iin"), taxId: s.taxId, address: s.legalAddress, iban: s.iban, bic: s.bic, bank: s.bankName })],
  ], { labelWidth: 90, size: 8.5 });

  y = sideCaptions(pdf, y + 8, [t("byProvider", { provider: PROVIDER.shortName }), t("byCustomer")]);
  const columns: TColumn[] = COLUMNS.map(({ key, ...column }) => ({ ...column, header: t(key) }));
  const blank = ["", "", "", ""];
  const rows = [
    ["", from, t("opening"), money(r.openingBalance < 0 ? -r.openingBalance : 0), money(r.openingBalance > 0 ? r.openingBalance : 0), saldo(r.openingBalance), ...blank],
    ...r.entries.map((e, i) => {
      const operation = e.documentNumber ? `${e.description[locale]} (${t("documentRef", { number: e.documentNumber })})` : e.description[locale];
      return [String(i + 1), pdfDate(e.occurredAt), operation, money(e.debit), money(e.credit), saldo(e.balanceAfter), ...blank];
    }),
    ...(r.entries.length ? [] : [["", "", t("noEntries"), "", "", "", ...blank]]),
  ];
  y = table(pdf, y, columns, rows, {
    size: 7,
    headerSize: 7,
    footer: [
      ["", "", t("turnover"), pdfAmount(r.totals.debit), pdfAmount(r.totals.credit), "", ...blank],
      ["", to, t("closing"), money(r.closingBalance < 0 ? -r.closingBalance : 0), money(r.closingBalance > 0 ? r.closingBalance : 0), saldo(r.closingBalance), ...blank],
    ],
  });

  const amount = pdfAmount(Math.abs(r.closingBalance));
  const conclusion =
    r.closingBalance < 0
      ? t("owesProvider", { provider: PROVIDER.shortName, customer: customerName, date: to, amount })
      : r.closingBalance > 0
        ? t("owesCustomer", { provider: PROVIDER.shortName, customer: customerName, date: to, amount })
        : t("settled", { provider: PROVIDER.shortName, date: to });
  y = text(pdf, conclusion, x, y + 10, width, { size: 9.5, bold: true });
  y = text(pdf, t("checkNote"), x, y + 3, width, { size: 8 });
  y = text(pdf, t("issued", { date: pdfDate(issuedAt) }), x, y + 3, width, { size: 8 });

  const customerSigner = s.signatoryName
    ? { position: s.signatoryPosition ?? t("representative"), name: s.signatoryName }
    : { position: s.kind === "PERSON" ? t("subscriber") : t("representative"), name: s.kind === "PERSON" ? s.name : "" };
  signatures(pdf, y + 14, [
    { caption: `${t("signProvider")}: ${t("director")}`, name: PROVIDER.director.short },
    { caption: `${t("signProvider")}: ${t("accountant")}`, name: PROVIDER.accountant.short },
    { caption: `${t("signCustomer")}: ${customerSigner.position}`, name: customerSigner.name },
  ], { sign: t("sign"), seal: t("seal") });
  return toBuffer(pdf);
}
