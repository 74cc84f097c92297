// CSV that Excel opens correctly in Kazakhstan: UTF-8 with a byte-order mark, semicolons
// (the ru/kk list separator), CRLF. A cell that a spreadsheet would run as a formula
// (= + - @ at the start) is prefixed with an apostrophe: the log holds text people typed.
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  const cell = (value: string | number | null | undefined) => {
    let text = value == null ? "" : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${rows.map((row) => row.map(cell).join(";")).join("\r\n")}\r\n`;
}
