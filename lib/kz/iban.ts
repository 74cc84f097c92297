// Kazakhstan IBAN: "KZ", two check digits, a 3-digit bank code and a 13-character
// account: 20 characters, valid when the ISO 13616 mod-97 remainder is 1.

export function normaliseIban(value: string): string {
  return value.replace(/\s/g, "").toUpperCase();
}

function mod97(numeric: string): number {
  let remainder = 0;
  for (const ch of numeric) remainder = (remainder * 10 + Number(ch)) % 97;
  return remainder;
}

function toNumeric(rearranged: string): string {
  return [...rearranged].map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch)).join("");
}

export function isValidKzIban(value: string): boolean {
  const iban = normaliseIban(value);
  if (!/^KZ\d{2}[0-9A-Z]{16}$/.test(iban)) return false;
  return mod97(toNumeric(iban.slice(4) + iban.slice(0, 4))) === 1;
}

// Builds a valid KZ IBAN from the 16 characters after the check digits (for demo data).
export function kzIbanFrom(bban: string): string {
  const check = 98 - mod97(toNumeric(`${bban}KZ00`));
  return `KZ${String(check).padStart(2, "0")}${bban}`;
}
