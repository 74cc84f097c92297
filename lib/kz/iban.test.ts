import { describe, expect, it } from "vitest";
import { isValidKzIban, kzIbanFrom, normaliseIban } from "./iban";

describe("Kazakhstan IBAN", () => {
  it("accepts valid IBANs, typed with spaces and in lower case too", () => {
    expect(isValidKzIban("KZ297220000000012345")).toBe(true);
    expect(isValidKzIban("KZ695600000000067890")).toBe(true);
    expect(isValidKzIban("kz29 7220 0000 0001 2345")).toBe(true);
    expect(normaliseIban(" kz29 7220 0000 0001 2345 ")).toBe("KZ297220000000012345");
  });

  it("builds valid IBANs, with letters in the account part as well", () => {
    for (const bban of ["722000000001234X", "9491000000013579", "601A00B000C00D01"]) {
      const iban = kzIbanFrom(bban);
      expect(iban).toHaveLength(20);
      expect(isValidKzIban(iban)).toBe(true);
    }
  });

  it("refuses a wrong length", () => {
    expect(isValidKzIban("KZ29722000000001234")).toBe(false);
    expect(isValidKzIban("KZ2972200000000123456")).toBe(false);
    expect(isValidKzIban("")).toBe(false);
  });

  it("refuses another country's prefix, even with a valid mod-97", () => {
    // A valid German IBAN (22 characters) and a 20-character string with a foreign prefix.
    expect(isValidKzIban("DE89370400440532013000")).toBe(false);
    expect(isValidKzIban("RU297220000000012345")).toBe(false);
  });

  it("refuses a typo that breaks the mod-97 check", () => {
    expect(isValidKzIban("KZ297220000000012346")).toBe(false);
    expect(isValidKzIban("KZ927220000000012345")).toBe(false); // swapped check digits
    expect(isValidKzIban("KZ297220000000021345")).toBe(false); // swapped account digits
  });

  it("refuses characters that are not letters or digits", () => {
    expect(isValidKzIban("KZ29722000000001234-")).toBe(false);
  });
});
