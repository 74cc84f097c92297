import { describe, expect, it } from "vitest";
import { monthlyTotal, withVat } from "./monthly-total";

describe("the monthly total", () => {
  const prices = [
    { id: "dia", monthlyPrice: 45_000_00 },
    { id: "sip", monthlyPrice: 1_500_00 },
    { id: "odd", monthlyPrice: 333 },
  ];

  it("sums quantity × price and adds VAT on the total", () => {
    const total = monthlyTotal([{ tariffId: "dia", quantity: 1 }, { tariffId: "sip", quantity: 5 }], prices, 1600);
    expect(total).toMatchObject({ net: 52_500_00, vat: 8_400_00, gross: 60_900_00, vatRateBp: 1600 });
    expect(total.lines).toEqual([
      { tariffId: "dia", quantity: 1, unitPrice: 45_000_00, net: 45_000_00 },
      { tariffId: "sip", quantity: 5, unitPrice: 1_500_00, net: 7_500_00 },
    ]);
  });

  it("rounds VAT half up to the tiyn, and ignores unknown tariffs and bad quantities", () => {
    expect(monthlyTotal([{ tariffId: "odd", quantity: 1 }], prices, 1200)).toMatchObject({ net: 333, vat: 40, gross: 373 });
    expect(monthlyTotal([{ tariffId: "gone", quantity: 1 }, { tariffId: "sip", quantity: Number.NaN }], prices, 1600).gross).toBe(0);
    expect(withVat(45_000_00, 1600)).toBe(52_200_00);
  });
});
