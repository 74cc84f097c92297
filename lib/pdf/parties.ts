import type { TDocumentWithParties } from "@/lib/server/documents/get-document";
import { PROVIDER } from "./provider";
import { pdfDate } from "./format";

// What the documents say about both sides, in one place.

export type TPdfDocument = TDocumentWithParties;

export function taxIdLabel(kind: string): string {
  return kind === "LEGAL" ? "БИН" : "ИИН";
}

export function customerLine(doc: TPdfDocument): string {
  const s = doc.account.subscriber;
  return `${s.name}, ${taxIdLabel(s.kind)} ${s.taxId}, ${s.legalAddress}`;
}

export function providerLine(): string {
  return `${PROVIDER.name}, БИН ${PROVIDER.bin}, ${PROVIDER.address}`;
}

export function contractLine(doc: TPdfDocument): string {
  const s = doc.account.subscriber;
  return `№ ${s.contractNumber} от ${pdfDate(s.contractDate)}, лицевой счёт ${doc.account.number}`;
}

export function periodLine(doc: TPdfDocument): string | null {
  if (!doc.periodStart || !doc.periodEnd) return null;
  return `${pdfDate(doc.periodStart)} – ${pdfDate(doc.periodEnd)}`;
}

export function customerSignatory(doc: TPdfDocument): { position: string; name: string } {
  const s = doc.account.subscriber;
  if (s.signatoryName) return { position: s.signatoryPosition ?? "Представитель", name: s.signatoryName };
  return { position: s.kind === "PERSON" ? "Абонент" : "Представитель", name: s.kind === "PERSON" ? s.name : "" };
}
