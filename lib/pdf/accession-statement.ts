import "server-only";
import PDFDocument from "pdfkit";
import { pdfFonts } from "./fonts";
import { displayIp } from "@/lib/display-ip";
import { formatMoney, intlLocaleOf, type TLocale } from "@/lib/money";
import type { TAccessionStatement } from "@/lib/server/accession/get-accession-statement";

export type TStatementT = (key: string, values?: Record<string, string | number>) => string;

const LOCALE_INDEX: Record<TLocale, 0 | 1 | 2> = { ru: 0, kk: 1, en: 2 };
const MARGIN = 42;

function dateOf(value: string | Date, locale: TLocale, withTime = false): string {
  return new Intl.DateTimeFormat(intlLocaleOf(locale), {
    timeZone: "Asia/Almaty",
    dateStyle: "long",
    ...(withTime ? { timeStyle: "short" } : {}),
  }).format(new Date(value));
}

// The statement of accession to the public offer (clause 3.1): every requisite, the
// contract number and date, the services and their monthly total, the offer version and
// the record of the electronic acceptance. DejaVu Sans carries Cyrillic and Kazakh.
export async function renderAccessionStatement(s: TAccessionStatement, locale: TLocale, t: TStatementT): Promise<Buffer> {
  const fonts = pdfFonts();
  const doc = new PDFDocument({ size: "A4", margin: MARGIN, info: { Title: t("title"), Author: t("provider") } });
  doc.registerFont("regular", fonts.regular);
  doc.registerFont("bold", fonts.bold);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const width = doc.page.width - MARGIN * 2;
  const money = (tiyn: number) => formatMoney(tiyn, locale);
  const li = LOCALE_INDEX[locale];
  const { kind, requisites: r, contacts: c, accepted: a } = s;
  const isOrganisation = kind.kind !== "PERSON";

  const heading = (text: string) => {
    doc.moveDown(0.6).font("bold").fontSize(11).fillColor("#154fb4").text(text, MARGIN, doc.y, { width });
    doc.moveDown(0.3).fillColor("#000000");
  };
  const row = (label: string, value: string) => {
    const y = doc.y;
    const labelWidth = 170;
    const h = Math.max(
      doc.font("regular").fontSize(9).heightOfString(label, { width: labelWidth - 10 }),
      doc.font("regular").fontSize(10).heightOfString(value, { width: width - labelWidth }),
    );
    if (y + h > doc.page.height - MARGIN) doc.addPage();
    const top = doc.y;
    doc.font("regular").fontSize(9).fillColor("#475569").text(label, MARGIN, top, { width: labelWidth - 10 });
    doc.font("regular").fontSize(10).fillColor("#000000").text(value, MARGIN + labelWidth, top, { width: width - labelWidth });
    doc.y = top + h + 3;
  };

  doc.font("bold").fontSize(10).fillColor("#154fb4").text(t("provider"), MARGIN, MARGIN, { width });
  doc.moveDown(1).font("bold").fontSize(15).fillColor("#000000").text(t("title"), { width, align: "center" });
  doc
    .moveDown(0.3)
    .font("regular")
    .fontSize(11)
    .text(t("contractLine", { number: a.contractNumber, date: dateOf(s.contractDate, locale) }), { width, align: "center" });

  heading(t("sections.subscriber"));
  row(t("fields.kind"), t(`kinds.${kind.kind}`));
  row(t("fields.name"), r.name);
  row(t("fields.shortName"), r.shortName);
  row(t(isOrganisation ? "fields.bin" : "fields.iin"), r.taxId);
  row(t("fields.legalAddress"), r.legalAddress);
  row(t("fields.postalAddress"), r.postalSameAsLegal ? r.legalAddress : r.postalAddress);
  row(t("fields.vatPayer"), t(r.isVatPayer ? "yes" : "no"));

  heading(t("sections.bank"));
  row(t("fields.iban"), r.iban);
  row(t("fields.bic"), r.bic);
  if (r.bankName) row(t("fields.bankName"), r.bankName);

  heading(t("sections.contacts"));
  row(t("fields.contactName"), c.contactName);
  row(t("fields.contactEmail"), c.contactEmail);
  row(t("fields.contactPhone"), c.contactPhone);
  if (isOrganisation) {
    row(t("fields.signatory"), `${c.signatoryName}, ${c.signatoryPosition}`);
    row(
      t("fields.authority"),
      c.signatoryAuthority === "POWER_OF_ATTORNEY"
        ? t("authorityPoa", { number: c.poaNumber, date: dateOf(`${c.poaDate}T00:00:00+05:00`, locale) })
        : t(kind.kind === "SOLE" ? "authoritySole" : "authorityCharter"),
    );
  }

  heading(t("sections.account"));
  row(t("fields.accountNumber"), a.accountNumber);
  row(t("fields.billingMethod"), t(`billing.${s.billingMethod}`));
  row(t("fields.creditLimit"), money(s.creditLimit));

  heading(t("sections.services"));
  const cols = [
    { key: "service", x: MARGIN, w: width - 250, align: "left" as const },
    { key: "quantity", x: MARGIN + width - 250, w: 60, align: "right" as const },
    { key: "unitPrice", x: MARGIN + width - 185, w: 90, align: "right" as const },
    { key: "amount", x: MARGIN + width - 90, w: 90, align: "right" as const },
  ];
  const tableRow = (cells: string[], bold = false) => {
    doc.font(bold ? "bold" : "regular").fontSize(9);
    const h = Math.max(...cells.map((text, i) => doc.heightOfString(text, { width: cols[i].w - 4 })));
    if (doc.y + h > doc.page.height - MARGIN) doc.addPage();
    const top = doc.y;
    cells.forEach((text, i) => doc.text(text, cols[i].x, top, { width: cols[i].w - 4, align: cols[i].align }));
    doc.y = top + h + 4;
  };
  tableRow(cols.map((col) => t(`table.${col.key}`)), true);
  for (const line of a.lines) {
    tableRow([line.names[li], String(line.quantity), money(line.unitPrice), money(line.net)]);
  }
  doc.moveDown(0.3);
  const totalRow = (label: string, value: string, bold = false) => {
    doc.font(bold ? "bold" : "regular").fontSize(10);
    const top = doc.y;
    doc.text(label, MARGIN, top, { width: width - 140, align: "right" });
    doc.text(value, MARGIN + width - 135, top, { width: 135, align: "right" });
    doc.y = top + doc.heightOfString(label, { width: width - 140 }) + 3;
  };
  totalRow(t("totals.net"), money(a.net));
  totalRow(t("totals.vat", { rate: a.vatRateBp / 100 }), money(a.vat));
  totalRow(t("totals.gross"), money(a.gross), true);

  heading(t("sections.offer"));
  row(t("fields.offer"), a.offer.titles[li]);
  row(t("fields.offerVersion"), t("offerVersion", { version: a.offer.version, date: dateOf(a.offer.effectiveAt, locale) }));
  doc
    .moveDown(0.5)
    .font("regular")
    .fontSize(10)
    .text(t("declaration", { name: r.name, version: a.offer.version }), MARGIN, doc.y, { width, align: "justify" });
  doc.moveDown(0.5).text(t("consent"), { width, align: "justify" });
  doc
    .moveDown(0.8)
    .fontSize(9)
    .fillColor("#475569")
    .text(t("acceptedLine", { at: dateOf(a.at, locale, true), ip: displayIp(a.ip) }), { width });

  doc.end();
  return done;
}
