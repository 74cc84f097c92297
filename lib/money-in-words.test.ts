import { describe, expect, it } from "vitest";
import { integerInWords, moneyInWords } from "./money-in-words";

describe("amounts in Russian words", () => {
  it("spells the example of the documents", () => {
    expect(moneyInWords(112_000_00)).toBe("Сто двенадцать тысяч тенге 00 тиын");
  });

  it("declines thousands, millions and billions and uses the feminine for thousands", () => {
    expect(integerInWords(1_000)).toBe("одна тысяча");
    expect(integerInWords(2_000)).toBe("две тысячи");
    expect(integerInWords(5_000)).toBe("пять тысяч");
    expect(integerInWords(11_000)).toBe("одиннадцать тысяч");
    expect(integerInWords(21_000)).toBe("двадцать одна тысяча");
    expect(integerInWords(22_000)).toBe("двадцать две тысячи");
    expect(integerInWords(1_000_000)).toBe("один миллион");
    expect(integerInWords(2_000_000)).toBe("два миллиона");
    expect(integerInWords(5_000_000)).toBe("пять миллионов");
    expect(integerInWords(1_000_000_000)).toBe("один миллиард");
    expect(integerInWords(1_234_567)).toBe("один миллион двести тридцать четыре тысячи пятьсот шестьдесят семь");
    expect(integerInWords(2_001_002)).toBe("два миллиона одна тысяча два");
  });

  it("handles zero, teens, tens and hundreds", () => {
    expect(integerInWords(0)).toBe("ноль");
    expect(integerInWords(13)).toBe("тринадцать");
    expect(integerInWords(40)).toBe("сорок");
    expect(integerInWords(90)).toBe("девяносто");
    expect(integerInWords(115)).toBe("сто пятнадцать");
    expect(integerInWords(999)).toBe("девятьсот девяносто девять");
  });

  it("keeps the tiyn as two digits and capitalises the first letter", () => {
    expect(moneyInWords(0)).toBe("Ноль тенге 00 тиын");
    expect(moneyInWords(5)).toBe("Ноль тенге 05 тиын");
    expect(moneyInWords(1_234_567_50)).toBe("Один миллион двести тридцать четыре тысячи пятьсот шестьдесят семь тенге 50 тиын");
    expect(moneyInWords(-150_00)).toBe("Минус сто пятьдесят тенге 00 тиын");
  });

  it("refuses what is not an amount in tiyn", () => {
    expect(() => moneyInWords(1.5)).toThrow(RangeError);
  });
});
