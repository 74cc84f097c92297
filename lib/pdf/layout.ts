import PDFDocument from "pdfkit";
import { pdfFonts } from "./fonts";

// Drawing primitives shared by the invoice, the act (Р-1) and the tax invoice: a page with
// the embedded DejaVu fonts, wrapped text, ruled tables that break across pages and repeat
// their header, label–value lines and signature lines.

export type TPdf = PDFKit.PDFDocument;
export type TAlign = "left" | "right" | "center";
export type TColumn = { header: string; width: number; align?: TAlign };

export const FONT = "Body";
export const FONT_BOLD = "Bold";
const CELL_PAD = 3;

// pdfkit parses a TrueType file anew for every document (fontkit.create on the buffer) and
// each parsed font rebuilds its glyph tables: that was most of a PDF's time. The parsed
// fonts are immutable, so the first document's are kept and handed to every later
// document as its embedded fonts (each still gets its own glyph subset). This reaches
// into pdfkit's font registry (`_fontFamilies`); if a pdfkit upgrade changes it, the
// fallback below is the plain, slower path.
// One catch: when a document's subset is written, fontkit caches the components of
// composite glyphs (Cyrillic "о" is drawn with Latin "o") without their code points, and a
// later document laying out that Latin letter would get the cached glyph and no Unicode
// mapping (text search and copy would break). toBuffer() forgets those entries.
type TFontInternals = {
  _fontFamilies: Record<string, { font: unknown; constructor: new (doc: TPdf, font: unknown, id: string) => unknown }>;
  _fontCount: number;
};
let parsed: { EmbeddedFont: new (doc: TPdf, font: unknown, id: string) => unknown; regular: unknown; bold: unknown } | null = null;

export function createPdf(options: { title: string; landscape?: boolean }): TPdf {
  const { regular, bold } = pdfFonts();
  const doc = new PDFDocument({
    size: "A4",
    layout: options.landscape ? "landscape" : "portrait",
    margin: 36,
    // No default font: pdfkit would otherwise load Helvetica (Latin only) for nothing.
    font: null as unknown as string,
    info: { Title: options.title, Author: "КОМПааС.тех", Creator: "Личный кабинет КОМПааС.тех" },
  });
  doc.registerFont(FONT, regular);
  doc.registerFont(FONT_BOLD, bold);
  const internals = doc as unknown as TFontInternals;
  if (parsed && internals._fontFamilies) {
    internals._fontFamilies[FONT] = new parsed.EmbeddedFont(doc, parsed.regular, "F1") as never;
    internals._fontFamilies[FONT_BOLD] = new parsed.EmbeddedFont(doc, parsed.bold, "F2") as never;
    internals._fontCount = 2;
  }
  doc.font(FONT_BOLD).font(FONT).fontSize(9);
  if (!parsed && internals._fontFamilies?.[FONT]?.font) {
    const families = internals._fontFamilies;
    parsed = { EmbeddedFont: families[FONT].constructor, regular: families[FONT].font, bold: families[FONT_BOLD].font };
  }
  return doc;
}

type TGlyphCache = { _glyphs?: Record<string, { codePoints?: number[] } | undefined> };

function forgetGlyphsWithoutCodePoints() {
  for (const font of [parsed?.regular, parsed?.bold] as TGlyphCache[]) {
    const glyphs = font?._glyphs;
    if (!glyphs) continue;
    for (const id of Object.keys(glyphs)) if (!glyphs[id]?.codePoints?.length) delete glyphs[id];
  }
}

export function toBuffer(doc: TPdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.end(); // lays out nothing more: the fonts' subsets are written synchronously here
    forgetGlyphsWithoutCodePoints();
  });
}

export const contentWidth = (doc: TPdf) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
export const left = (doc: TPdf) => doc.page.margins.left;
const bottom = (doc: TPdf) => doc.page.height - doc.page.margins.bottom;

// Moves to a new page when `height` more points would not fit.
export function ensureSpace(doc: TPdf, y: number, height: number): number {
  if (y + height <= bottom(doc)) return y;
  doc.addPage();
  return doc.page.margins.top;
}

// Text at (x, y) within `width`; returns the y below it.
export function text(doc: TPdf, value: string, x: number, y: number, width: number, options: { size?: number; bold?: boolean; align?: TAlign } = {}): number {
  doc.font(options.bold ? FONT_BOLD : FONT).fontSize(options.size ?? 9);
  doc.text(value, x, y, { width, align: options.align ?? "left" });
  // pdfkit leaves doc.y below the text it laid out: no second layout pass to measure it.
  return doc.y;
}

// "Label: value" lines with the label in bold, each wrapped within the content width.
export function fields(doc: TPdf, y: number, rows: Array<[string, string]>, options: { size?: number; labelWidth?: number; x?: number; width?: number } = {}): number {
  const x = options.x ?? left(doc);
  const width = options.width ?? contentWidth(doc);
  const labelWidth = options.labelWidth ?? 110;
  const size = options.size ?? 9;
  for (const [label, value] of rows) {
    doc.font(FONT).fontSize(size);
    const height = Math.max(doc.heightOfString(value || "—", { width: width - labelWidth }), 10);
    y = ensureSpace(doc, y, height + 2);
    text(doc, label, x, y, labelWidth - 6, { size, bold: true });
    text(doc, value || "—", x + labelWidth, y, width - labelWidth, { size });
    y += height + 2;
  }
  return y;
}

function rowHeight(doc: TPdf, cells: string[], columns: TColumn[], size: number, bold: boolean): number {
  doc.font(bold ? FONT_BOLD : FONT).fontSize(size);
  return Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: columns[i].width - 2 * CELL_PAD }))) + 2 * CELL_PAD;
}

function drawRow(doc: TPdf, x: number, y: number, cells: string[], columns: TColumn[], height: number, size: number, options: { bold?: boolean; fill?: string }) {
  let cx = x;
  for (const [i, column] of columns.entries()) {
    if (options.fill) doc.save().rect(cx, y, column.width, height).fill(options.fill).restore();
    doc.lineWidth(0.5).rect(cx, y, column.width, height).stroke("#555555");
    doc.fillColor("#000000");
    text(doc, cells[i] ?? "", cx + CELL_PAD, y + CELL_PAD, column.width - 2 * CELL_PAD, { size, bold: options.bold, align: column.align });
    cx += column.width;
  }
}

// A ruled table: the header repeats on every page the rows run onto. `footer` rows (totals)
// are drawn in bold after the body. Column widths are scaled to the content width.
export function table(
  doc: TPdf,
  y: number,
  columns: TColumn[],
  rows: string[][],
  options: { size?: number; headerSize?: number; footer?: string[][]; headerAlign?: TAlign } = {},
): number {
  const size = options.size ?? 8;
  const headerSize = options.headerSize ?? size - 0.5;
  const x = left(doc);
  const scale = contentWidth(doc) / columns.reduce((sum, c) => sum + c.width, 0);
  const cols = columns.map((c) => ({ ...c, width: c.width * scale }));
  const headers = cols.map((c) => c.header);
  const headerHeight = rowHeight(doc, headers, cols, headerSize, true);
  const header = (at: number) => {
    drawRow(doc, x, at, headers, cols.map((c) => ({ ...c, align: options.headerAlign ?? "center" })), headerHeight, headerSize, { bold: true, fill: "#eef2f7" });
    return at + headerHeight;
  };
  y = header(ensureSpace(doc, y, headerHeight * 2));
  for (const [index, cells] of [...rows, ...(options.footer ?? [])].entries()) {
    const isFooter = index >= rows.length;
    const height = rowHeight(doc, cells, cols, size, isFooter);
    if (y + height > bottom(doc)) {
      doc.addPage();
      y = header(doc.page.margins.top);
    }
    drawRow(doc, x, y, cells, cols, height, size, { bold: isFooter });
    y += height;
  }
  return y;
}

// Signature lines side by side: a caption, a line to sign on, and the name under it.
// `labels` words the line's caption and the seal's place (Russian unless a caller translates).
export function signatures(
  doc: TPdf,
  y: number,
  parties: Array<{ caption: string; name: string }>,
  labels: { sign: string; seal: string } = { sign: "/подпись/", seal: "М.П." },
): number {
  y = ensureSpace(doc, y, 60);
  const gap = 24;
  const width = (contentWidth(doc) - gap * (parties.length - 1)) / parties.length;
  let maxY = y;
  for (const [i, party] of parties.entries()) {
    const x = left(doc) + i * (width + gap);
    let py = text(doc, party.caption, x, y, width, { size: 8.5, bold: true }) + 18;
    doc.lineWidth(0.5).moveTo(x, py).lineTo(x + width * 0.55, py).stroke("#000000");
    text(doc, labels.sign, x, py + 2, width * 0.55, { size: 6.5, align: "center" });
    py = text(doc, party.name, x + width * 0.58, py - 10, width * 0.42, { size: 8.5 }) + 14;
    text(doc, labels.seal, x, py + 2, width, { size: 7 });
    maxY = Math.max(maxY, py + 14);
  }
  return maxY;
}

export function rule(doc: TPdf, y: number): number {
  doc.lineWidth(0.75).moveTo(left(doc), y).lineTo(left(doc) + contentWidth(doc), y).stroke("#000000");
  return y + 6;
}
