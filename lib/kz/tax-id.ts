// Kazakhstan's 12-digit BIN (organisations) and IIN (people).
// Check digit: digits 1–11 weighted 1..11, sum mod 11; if that is 10, weighted
// 3..11,1,2 instead; if it is 10 again the number is invalid.

const WEIGHTS_1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const WEIGHTS_2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

export function taxIdCheckDigit(first11: string): number | null {
  const digits = [...first11].map(Number);
  const sum = (weights: number[]) => digits.reduce((acc, d, i) => acc + d * weights[i], 0) % 11;
  const first = sum(WEIGHTS_1);
  if (first !== 10) return first;
  const second = sum(WEIGHTS_2);
  return second === 10 ? null : second;
}

export type TTaxIdProblem = "format" | "checkDigit" | "kind";

// kind BIN: the 5th digit (the organisation's type) is 4, 5 or 6.
// kind IIN: the 5th digit is the first digit of the day of birth, 0 to 3.
export function checkTaxId(value: string, kind: "BIN" | "IIN"): TTaxIdProblem | null {
  if (!/^\d{12}$/.test(value)) return "format";
  const check = taxIdCheckDigit(value.slice(0, 11));
  if (check === null || check !== Number(value[11])) return "checkDigit";
  const fifth = Number(value[4]);
  if (kind === "BIN" ? fifth < 4 || fifth > 6 : fifth > 3) return "kind";
  return null;
}

// Completes 11 digits with their check digit, or null when none exists.
export function withCheckDigit(first11: string): string | null {
  const check = taxIdCheckDigit(first11);
  return check === null ? null : `${first11}${check}`;
}
