// An amount in words for documents (invoices, acts, tax invoices must state the total in
// words): "Сто двенадцать тысяч тенге 00 тиын". Russian only: the documents are printed in
// Russian (with Kazakh headings), whatever language the cabinet is shown in.
// "тенге" and "тиын" do not decline in Russian, so only the scale words do.

const ONES_M = ["", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"];
const ONES_F = ["", "одна", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"];
const TEENS = [
  "десять",
  "одиннадцать",
  "двенадцать",
  "тринадцать",
  "четырнадцать",
  "пятнадцать",
  "шестнадцать",
  "семнадцать",
  "восемнадцать",
  "девятнадцать",
];
const TENS = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"];
const HUNDREDS = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"];

// [one, few, many] forms and grammatical gender of each power of a thousand.
const SCALES: Array<{ forms: [string, string, string]; isFeminine: boolean }> = [
  { forms: ["", "", ""], isFeminine: false },
  { forms: ["тысяча", "тысячи", "тысяч"], isFeminine: true },
  { forms: ["миллион", "миллиона", "миллионов"], isFeminine: false },
  { forms: ["миллиард", "миллиарда", "миллиардов"], isFeminine: false },
  { forms: ["триллион", "триллиона", "триллионов"], isFeminine: false },
];

// Russian plural category of a whole number: 1, 21 → one; 2–4, 22–24 → few; else many.
export function pluralIndex(n: number): 0 | 1 | 2 {
  const lastTwo = n % 100;
  const last = n % 10;
  if (lastTwo >= 11 && lastTwo <= 19) return 2;
  if (last === 1) return 0;
  if (last >= 2 && last <= 4) return 1;
  return 2;
}

function triadInWords(n: number, isFeminine: boolean): string[] {
  const words: string[] = [];
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h) words.push(HUNDREDS[h]);
  if (rest >= 10 && rest < 20) {
    words.push(TEENS[rest - 10]);
  } else {
    const t = Math.floor(rest / 10);
    const o = rest % 10;
    if (t) words.push(TENS[t]);
    if (o) words.push((isFeminine ? ONES_F : ONES_M)[o]);
  }
  return words;
}

// A whole non-negative number in Russian words, lower case: 112000 → "сто двенадцать тысяч".
export function integerInWords(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`Cannot spell ${value}`);
  if (value === 0) return "ноль";
  const words: string[] = [];
  let rest = value;
  const triads: number[] = [];
  while (rest > 0) {
    triads.push(rest % 1000);
    rest = Math.floor(rest / 1000);
  }
  if (triads.length > SCALES.length) throw new RangeError(`Cannot spell ${value}`);
  for (let i = triads.length - 1; i >= 0; i -= 1) {
    const triad = triads[i];
    if (!triad) continue;
    words.push(...triadInWords(triad, SCALES[i].isFeminine));
    if (i > 0) words.push(SCALES[i].forms[pluralIndex(triad)]);
  }
  return words.join(" ");
}

// Tiyn → "Сто двенадцать тысяч тенге 00 тиын". A negative amount (a refund) starts with "минус".
export function moneyInWords(tiyn: number): string {
  if (!Number.isSafeInteger(tiyn)) throw new RangeError(`Not an amount in tiyn: ${tiyn}`);
  const sign = tiyn < 0 ? "минус " : "";
  const abs = Math.abs(tiyn);
  const tenge = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, "0");
  const text = `${sign}${integerInWords(tenge)} тенге ${cents} тиын`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
