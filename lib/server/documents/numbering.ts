// Document numbers: a prefix per kind, the year of issue and a gapless serial per kind and
// year ("СЧ-2026-000123"). The serial comes from nextInSequence(tx, sequenceKey(kind, year))
// inside the transaction that creates the document. Pure: the demo seed uses it too.

export const NUMBERED_KINDS = ["INVOICE", "ACT", "TAX_INVOICE"] as const;
export type TNumberedKind = (typeof NUMBERED_KINDS)[number];

export const DOCUMENT_PREFIX: Record<TNumberedKind, string> = {
  INVOICE: "СЧ",
  ACT: "АВР",
  TAX_INVOICE: "СФ",
};

export function sequenceKey(kind: TNumberedKind, year: number): string {
  return `${kind}-${year}`;
}

export function formatDocumentNumber(kind: TNumberedKind, year: number, serial: number): string {
  return `${DOCUMENT_PREFIX[kind]}-${year}-${String(serial).padStart(6, "0")}`;
}

// A document number in Latin letters for file names every mail client and archiver keeps
// ("СЧ-2026-000123" → "SCH-2026-000123"); a prefix of no known kind becomes "DOC".
const ASCII_PREFIX: Record<string, string> = { СЧ: "SCH", АВР: "AVR", СФ: "SF" };

export function asciiDocumentNumber(number: string): string {
  return number.replace(/^[^-]+/, (prefix) => ASCII_PREFIX[prefix] ?? "DOC").replace(/[^A-Za-z0-9._-]/g, "_");
}
