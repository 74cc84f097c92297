import { stringify } from "csv-stringify/sync";

// The one CSV writer of every export (the audit log, the statistics, any new one), on
// csv-stringify: UTF-8 with a byte-order mark so spreadsheets read Cyrillic and Kazakh
// letters right, CRLF line ends, a field quoted when it holds the separator, a quote, a line
// break or space at an end (quotes doubled). Text a spreadsheet would run as a formula
// (= + - @, a tab or carriage return at the start) gets an apostrophe first: exports hold
// text people typed. Numbers are never defused (a negative amount stays a number).

export type TCsvCell = string | number | null | undefined;
export type TCsvOptions = {
  /** "," (RFC 4180, the default) or ";" (what Excel expects under ru/kk regional settings). */
  delimiter?: "," | ";";
  /** How numbers are written; plain String() by default. */
  formatNumber?: (value: number) => string;
};

export function defuseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function toCsv(rows: ReadonlyArray<ReadonlyArray<TCsvCell>>, options: TCsvOptions = {}): string {
  return stringify(rows as TCsvCell[][], {
    bom: true,
    delimiter: options.delimiter ?? ",",
    record_delimiter: "windows",
    quoted_match: [/^\s|\s$/, /[\r\n]/],
    cast: { string: defuseFormula, number: options.formatNumber ?? String },
  });
}
