import { describe, expect, it } from "vitest";
import { extractText } from "unpdf";
import { translatorFor } from "@/test/translator";
import type { TReconciliation } from "@/lib/server/finance/get-reconciliation";
import { renderReconciliationPdf } from "./reconciliation";
import { pdfAmount } from "./format";

const flat = (value: string) => value.replace(/[\u00a0\u202f\s]+/g, " ");

// A statement built by hand (the figures' own test is get-reconciliation.test.ts): many
// entries, so that the table runs over several pages, in each of the three languages.
function statement(entries: number): TReconciliation {
  let balance = -10_000_00;
  const rows = Array.from({ length: entries }, (_, i) => {
    const amount = i % 4 === 0 ? 3_000_00 : -1_000_00;
    balance += amount;
    return {
      id: `e${i}`,
      kind: amount > 0 ? ("PAYMENT" as const) : ("CHARGE" as const),
      occurredAt: new Date(Date.UTC(2026, 0, 1 + i, 6)),
      description: { ru: `Абонентская плата ${i}`, kk: `Абоненттік төлем ${i}`, en: `Subscription fee ${i}` },
      documentNumber: i === 1 ? "СЧ-2026-000042" : null,
      debit: amount < 0 ? -amount : 0,
      credit: amount > 0 ? amount : 0,
      balanceAfter: balance,
    };
  });
  return {
    from: "2026-01-01",
    to: "2026-06-30",
    openingBalance: -10_000_00,
    entries: rows,
    totals: { debit: rows.reduce((s, r) => s + r.debit, 0), credit: rows.reduce((s, r) => s + r.credit, 0) },
    closingBalance: balance,
    account: {
      number: "100000042",
      subscriber: {
        kind: "SOLE",
        name: "ИП «Жұмабаев Әлихан Қайратұлы»",
        shortName: "ИП «Жұмабаев Ә.Қ.»",
        taxId: "900101300123",
        legalAddress: "Қарағанды, Бұқар жырау даңғылы, 1",
        postalAddress: "Қарағанды",
        iban: "KZ297220000000012345",
        bic: "CASPKZKA",
        bankName: null,
        isVatPayer: false,
        signatoryName: "Жұмабаев Ә.Қ.",
        signatoryPosition: "Индивидуальный предприниматель",
        contractNumber: "KMP-2026-000042",
        contractDate: new Date("2026-01-01T00:00:00Z"),
      },
    },
  };
}

async function textOf(locale: "ru" | "kk" | "en", entries = 120) {
  const pdf = await renderReconciliationPdf(statement(entries), locale, translatorFor("finance.reconciliation.pdf", locale), new Date("2026-07-01T04:00:00Z"));
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  const { text, totalPages } = await extractText(new Uint8Array(pdf), { mergePages: true });
  return { text: flat(text), totalPages };
}

describe("the reconciliation statement PDF", () => {
  it("is in Kazakh for a Kazakh cabinet, every letter intact, over several pages", async () => {
    const { text, totalPages } = await textOf("kk");
    expect(totalPages).toBeGreaterThan(1);
    expect(text).toContain("ӨЗАРА ЕСЕП АЙЫРЫСУЛАРДЫ САЛЫСТЫРУ АКТІСІ");
    expect(text).toContain("Абоненттік төлем 119");
    expect(text).toContain("ИП «Жұмабаев Әлихан Қайратұлы»");
    expect(text).toContain("Кезең басындағы сальдо");
    expect(text).toContain("Кезең соңындағы сальдо");
    expect(text).toContain("СЧ-2026-000042 құжаты");
    expect(text).not.toContain("Абонентская плата");
  });

  it("is in Russian and English too, with the totals and who owes whom", async () => {
    const ru = (await textOf("ru", 10)).text;
    const r = statement(10);
    expect(ru).toContain("АКТ СВЕРКИ ВЗАИМОРАСЧЁТОВ");
    expect(ru).toContain(`Сальдо на начало периода ${flat(pdfAmount(10_000_00))} Дт ${flat(pdfAmount(10_000_00))}`);
    expect(ru).toContain(`Обороты за период ${flat(pdfAmount(r.totals.debit))} ${flat(pdfAmount(r.totals.credit))}`);
    expect(ru).toContain(`задолженность ИП «Жұмабаев Ә.Қ.» перед ТОО «КОМПааС.тех» составляет ${flat(pdfAmount(-r.closingBalance))} ₸`);
    const en = (await textOf("en", 10)).text;
    expect(en).toContain("RECONCILIATION STATEMENT OF MUTUAL SETTLEMENTS");
    expect(en).toContain("Subscription fee 9");
    expect(en).toContain("Closing balance");
    expect(en).not.toContain("Сальдо");
  });
});
