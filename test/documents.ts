import { db } from "@/lib/db";
import { documentTotals, lineNet } from "@/lib/server/documents/document-totals";

// A document with lines for the documents tests (issue 3).
let serial = 0;

export async function createDocument(accountId: string, overrides: Partial<{ kind: string; status: string; issuedAt: Date; number: string }> = {}) {
  serial += 1;
  const lines = [
    { nameRu: "Выделенный доступ в интернет, тариф «Бизнес 100 Мбит/с»", unit: "порт", quantity: 1, unitPrice: 45_000_00 },
    { nameRu: "Облачные серверы, тариф «VM Small»", unit: "ВМ", quantity: 2, unitPrice: 9_900_00 },
  ];
  const kind = overrides.kind ?? "INVOICE";
  return db.document.create({
    data: {
      accountId,
      kind,
      number: overrides.number ?? `T-${kind}-${accountId.slice(-6)}-${serial}-${Math.random().toString(36).slice(2, 7)}`,
      issuedAt: overrides.issuedAt ?? new Date("2026-10-31T13:00:00Z"),
      periodStart: new Date("2026-09-30T19:00:00Z"),
      periodEnd: new Date("2026-10-30T19:00:00Z"),
      vatRateBp: 1600,
      ...documentTotals(lines, 1600),
      status: overrides.status ?? "ISSUED",
      lines: { create: lines.map((l, i) => ({ ...l, position: i + 1, nameKk: l.nameRu, nameEn: l.nameRu, amountNet: lineNet(l) })) },
    },
  });
}
