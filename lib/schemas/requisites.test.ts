import { describe, expect, it } from "vitest";
import { ZRequisites } from "./requisites";

const legal = {
  kind: "LEGAL" as const,
  taxId: "170540004569",
  name: "Товарищество с ограниченной ответственностью «Жетісу Нет»",
  shortName: "ТОО «Жетісу Нет»",
  legalAddress: "050000, Алматы, ул. Абая, 10",
  postalAddress: "050000, Алматы, ул. Абая, 10",
  iban: "KZ29 7220 0000 0001 2345",
  bic: "caspkzka",
  bankName: "АО «Kaspi Bank»",
  isVatPayer: true,
};

const errorsOf = (value: unknown) => {
  const parsed = ZRequisites.safeParse(value);
  const errors: Record<string, string> = {};
  // The first message per field, as the form and the action layer show it.
  if (!parsed.success) for (const issue of parsed.error.issues) errors[issue.path.join(".")] ??= issue.message;
  return errors;
};

describe("ZRequisites", () => {
  it("accepts an organisation's requisites and normalises the IBAN, BIC and BIN", () => {
    const parsed = ZRequisites.parse({ ...legal, taxId: "170 540 004 569" });
    expect(parsed).toMatchObject({ taxId: "170540004569", iban: "KZ297220000000012345", bic: "CASPKZKA" });
  });

  it("accepts a person's IIN, and a BIN with the second weights", () => {
    expect(errorsOf({ ...legal, kind: "PERSON", taxId: "901201400347", isVatPayer: false })).toEqual({});
    expect(errorsOf({ ...legal, kind: "SOLE", taxId: "150440001236" })).toEqual({});
  });

  it("refuses a BIN typed for a person and an IIN typed for an organisation", () => {
    expect(errorsOf({ ...legal, kind: "PERSON", isVatPayer: false })).toEqual({ taxId: "validation.iinKind" });
    expect(errorsOf({ ...legal, taxId: "901201400347" })).toEqual({ taxId: "validation.binKind" });
  });

  it("refuses a wrong check digit, a number without one, and a wrong length", () => {
    expect(errorsOf({ ...legal, taxId: "170540004568" })).toEqual({ taxId: "validation.taxIdCheckDigit" });
    expect(errorsOf({ ...legal, taxId: "150440000440" })).toEqual({ taxId: "validation.taxIdCheckDigit" });
    expect(errorsOf({ ...legal, taxId: "17054000456" })).toEqual({ taxId: "validation.taxIdFormat" });
    expect(errorsOf({ ...legal, taxId: "" })).toEqual({ taxId: "validation.required" });
  });

  it("refuses an IBAN with a bad length, prefix or mod-97", () => {
    expect(errorsOf({ ...legal, iban: "KZ29722000000001234" })).toEqual({ iban: "validation.ibanFormat" });
    expect(errorsOf({ ...legal, iban: "RU297220000000012345" })).toEqual({ iban: "validation.ibanFormat" });
    expect(errorsOf({ ...legal, iban: "KZ297220000000012346" })).toEqual({ iban: "validation.ibanChecksum" });
  });

  it("refuses a BIC that is not a Kazakh bank's, missing names and addresses, a person paying VAT", () => {
    expect(errorsOf({ ...legal, bic: "DEUTDEFF" })).toEqual({ bic: "validation.bic" });
    expect(errorsOf({ ...legal, name: " ", shortName: "", legalAddress: "Ал" })).toEqual({
      name: "validation.required",
      shortName: "validation.required",
      legalAddress: "validation.required",
    });
    expect(errorsOf({ ...legal, kind: "PERSON", taxId: "901201400347", isVatPayer: true })).toEqual({ isVatPayer: "validation.personNotVatPayer" });
  });
});
