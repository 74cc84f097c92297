import "server-only";
import { fileTypeFromBuffer } from "file-type";
import { listZipEntries } from "./zip-entries";

export type TFileKind = "PDF" | "PNG" | "JPEG" | "DOCX" | "XLSX" | "TXT" | "CSV";
export type TDetectedType = { kind: TFileKind; mime: string; ext: string };

const BINARY: Record<string, TDetectedType> = {
  pdf: { kind: "PDF", mime: "application/pdf", ext: "pdf" },
  png: { kind: "PNG", mime: "image/png", ext: "png" },
  jpg: { kind: "JPEG", mime: "image/jpeg", ext: "jpg" },
  docx: { kind: "DOCX", mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ext: "docx" },
  xlsx: { kind: "XLSX", mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ext: "xlsx" },
};

const TEXT: Record<string, TDetectedType> = {
  txt: { kind: "TXT", mime: "text/plain", ext: "txt" },
  csv: { kind: "CSV", mime: "text/csv", ext: "csv" },
};

// The part that makes an Office file what it is; a macro project makes it something else.
const MAIN_PART: Record<string, string> = { docx: "word/document.xml", xlsx: "xl/workbook.xml" };

function isOfficeContainer(bytes: Uint8Array, ext: "docx" | "xlsx"): boolean {
  const entries = listZipEntries(bytes);
  if (!entries) return false;
  return (
    entries.includes("[Content_Types].xml") &&
    entries.includes(MAIN_PART[ext]) &&
    !entries.some((name) => /(^|\/)vbaProject\.bin$/i.test(name))
  );
}

function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(fileName.trim());
  return match ? match[1].toLowerCase() : "";
}

// The type of an upload, judged by its bytes. Binary formats by their signatures (file-type),
// Office files also by their parts; the name counts only among text types, which have no
// signature: a .txt or .csv must be valid UTF-8 without NUL bytes. null: not accepted.
export async function detectFileType(bytes: Uint8Array, fileName: string): Promise<TDetectedType | null> {
  const found = await fileTypeFromBuffer(bytes);
  if (found) {
    const type = BINARY[found.ext];
    if (!type) return null; // an executable, an archive, an image we do not take…
    if ((found.ext === "docx" || found.ext === "xlsx") && !isOfficeContainer(bytes, found.ext)) return null;
    return type;
  }
  const text = TEXT[extensionOf(fileName)];
  return text && isUtf8Text(bytes) ? text : null;
}
