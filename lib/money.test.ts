import { describe, expect, it } from "vitest";
import { formatMoney, parseTenge, vatOf } from "./money";

const NBSP = "\u00a0";

describe("money formatting", () => {
  // Node's ICU (full-icu, Node 20) groups ru-KZ and kk-KZ with no-break spaces (U+00A0)
  // and puts the tenge sign after a no-break space.
  it("formats tenge for ru-KZ exactly as 1 234 567,50 ₸ with no-break spaces", () => {
    expect(formatMoney(1_234_567_50, "ru")).toBe(`1${NBSP}234${NBSP}567,50${NBSP}₸`);
  });

  it("formats kk-KZ the same way and shows negative amounts", () => {
    expect(formatMoney(1_234_567_50, "kk")).toBe(`1${NBSP}234${NBSP}567,50${NBSP}₸`);
    expect(formatMoney(-150_00, "ru")).toBe(`-150,00${NBSP}₸`);
    expect(formatMoney(0, "ru")).toBe(`0,00${NBSP}₸`);
  });

  it("parses what a person types", () => {
    expect(parseTenge("1 234,5")).toBe(1_234_50);
    expect(parseTenge("1234.50")).toBe(1_234_50);
    expect(parseTenge("1\u00a0234 ₸")).toBe(1_234_00);
    expect(parseTenge("12,345")).toBeNull();
    expect(parseTenge("-5")).toBeNull();
  });

  it("rounds VAT half up to the tiyn", () => {
    expect(vatOf(100_00, 1600)).toBe(16_00);
    expect(vatOf(3, 1200)).toBe(0);
    expect(vatOf(5, 1000)).toBe(1); // 0.5 → 1
  });
});
