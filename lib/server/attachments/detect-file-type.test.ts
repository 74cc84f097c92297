import { describe, expect, it } from "vitest";
import { detectFileType } from "./detect-file-type";
import { safeFileName } from "./safe-file-name";
import { listZipEntries } from "./zip-entries";
import { sampleDocx, sampleExe, samplePdf, samplePng, sampleJpeg, sampleXlsx, sampleZip } from "./test-samples";

const kindOf = async (bytes: Uint8Array, name: string) => (await detectFileType(bytes, name))?.kind ?? null;

describe("file types are judged by content, not by name", () => {
  it("accepts each allowed binary type by its signature", async () => {
    expect(await kindOf(samplePdf(), "claim.pdf")).toBe("PDF");
    expect(await kindOf(samplePng(), "screen.png")).toBe("PNG");
    expect(await kindOf(sampleJpeg(), "photo.jpg")).toBe("JPEG");
    expect(await kindOf(sampleDocx(), "letter.docx")).toBe("DOCX");
    expect(await kindOf(sampleXlsx(), "act.xlsx")).toBe("XLSX");
  });

  it("tells DOCX from XLSX by their parts whatever the name says", async () => {
    expect(await kindOf(sampleDocx(), "table.xlsx")).toBe("DOCX");
    expect(await kindOf(sampleXlsx(), "letter.docx")).toBe("XLSX");
  });

  it("refuses a ZIP that only pretends to be an Office file, a plain ZIP, and a macro document", async () => {
    expect(await kindOf(sampleDocx({}, true), "letter.docx")).toBeNull(); // no word/document.xml
    expect(await kindOf(sampleZip({ "readme.txt": "hi" }), "letter.docx")).toBeNull();
    expect(await kindOf(sampleDocx({ "word/vbaProject.bin": "macro" }), "letter.docx")).toBeNull();
  });

  it("refuses an executable renamed .pdf", async () => {
    expect(await kindOf(sampleExe(), "invoice.pdf")).toBeNull();
  });

  it("detects a PDF renamed .txt as a PDF; it is kept under a .pdf name (the rule: the content decides)", async () => {
    const type = await detectFileType(samplePdf(), "scan.txt");
    expect(type).toEqual({ kind: "PDF", mime: "application/pdf", ext: "pdf" });
    expect(safeFileName("scan.txt", type!)).toBe("scan.pdf");
  });

  it("accepts TXT and CSV only as valid UTF-8 without NUL bytes, and only by those extensions", async () => {
    const text = Buffer.from("Номер договора;Сумма\nKMP-2026-000001;12 500,00\n", "utf8");
    expect(await kindOf(text, "data.csv")).toBe("CSV");
    expect(await kindOf(text, "note.TXT")).toBe("TXT");
    expect(await kindOf(text, "script.sh")).toBeNull();
    expect(await kindOf(text, "page.html")).toBeNull();
    expect(await kindOf(Buffer.from([0x61, 0x00, 0x62]), "nul.txt")).toBeNull();
    expect(await kindOf(Buffer.from([0xd0, 0x28, 0x41]), "cp1251.txt")).toBeNull(); // not UTF-8
  });

  it("refuses other binary types even under an allowed name", async () => {
    const gif = Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "latin1");
    expect(await kindOf(gif, "picture.png")).toBeNull();
  });

  it("keeps a safe file name: no path, no control characters, the right extension", () => {
    expect(safeFileName("../../etc/Акт №5.PDF", { ext: "pdf", kind: "PDF" })).toBe("Акт №5.PDF");
    expect(safeFileName('a"b<c>\u0001.jpeg', { ext: "jpg", kind: "JPEG" })).toBe("a_b_c__.jpeg");
    expect(safeFileName("noext", { ext: "csv", kind: "CSV" })).toBe("noext.csv");
  });

  it("reads a ZIP's entry names from its central directory", () => {
    expect(listZipEntries(sampleXlsx())).toEqual(["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"]);
    expect(listZipEntries(Buffer.from("not a zip"))).toBeNull();
  });
});
