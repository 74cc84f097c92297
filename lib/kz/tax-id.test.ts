import { describe, expect, it } from "vitest";
import { checkTaxId, taxIdCheckDigit, withCheckDigit } from "./tax-id";

// Fixtures worked out by hand with the weights of the issue:
// 170540004569: weights 1..11 give 9 → check digit 9 (a BIN, 5th digit 4).
// 150440001236: weights 1..11 give 10, weights 3..11,1,2 give 6 (the second-weights case).
// 901201400347: an IIN, 5th digit 1 (born on the 1x of the month), check 7.
// 90120140005x / 15044000044x: 10 with both weight sets, so no check digit exists.

describe("BIN and IIN check digit", () => {
  it("accepts valid BINs, including one that needs the second weights", () => {
    expect(checkTaxId("170540004569", "BIN")).toBeNull();
    expect(checkTaxId("150440001236", "BIN")).toBeNull();
    expect(checkTaxId("210440000804", "BIN")).toBeNull();
    expect(taxIdCheckDigit("15044000123")).toBe(6);
  });

  it("accepts valid IINs, including one that needs the second weights", () => {
    expect(checkTaxId("901201400347", "IIN")).toBeNull();
    expect(checkTaxId("901201400000", "IIN")).toBeNull();
    expect(taxIdCheckDigit("90120140000")).toBe(0);
  });

  it("refuses a wrong check digit", () => {
    expect(checkTaxId("170540004568", "BIN")).toBe("checkDigit");
    expect(checkTaxId("901201400348", "IIN")).toBe("checkDigit");
    // The first-weights sum is 10 here: taking it mod 10 (a common mistake) would give 0.
    expect(checkTaxId("150440001230", "BIN")).toBe("checkDigit");
  });

  it("refuses every number whose check is 10 with both weight sets", () => {
    expect(taxIdCheckDigit("90120140005")).toBeNull();
    expect(withCheckDigit("15044000044")).toBeNull();
    for (let last = 0; last <= 9; last++) {
      expect(checkTaxId(`90120140005${last}`, "IIN")).toBe("checkDigit");
      expect(checkTaxId(`15044000044${last}`, "BIN")).toBe("checkDigit");
    }
  });

  it("refuses a BIN typed for a person and an IIN typed for an organisation", () => {
    expect(checkTaxId("170540004569", "IIN")).toBe("kind");
    expect(checkTaxId("901201400347", "BIN")).toBe("kind");
    // 5th digit 7: neither an organisation type nor a day of birth.
    const seven = withCheckDigit("90127140034");
    expect(seven).not.toBeNull();
    expect(checkTaxId(seven!, "IIN")).toBe("kind");
    expect(checkTaxId(seven!, "BIN")).toBe("kind");
  });

  it("refuses anything but 12 digits", () => {
    for (const bad of ["", "17054000456", "1705400045690", "17054000456a", "1705 4000 4569"]) {
      expect(checkTaxId(bad, "BIN")).toBe("format");
    }
  });

  it("completes 11 digits with their check digit", () => {
    expect(withCheckDigit("17054000456")).toBe("170540004569");
    expect(withCheckDigit("90120140000")).toBe("901201400000");
  });
});
