import { extensionOf, type TDetectedType } from "./detect-file-type";

// The name we keep and later offer for download: no path, no control or reserved
// characters, at most 150 characters, and an extension that matches the content (a PDF
// sent as "scan.txt" is kept as "scan.pdf": the content decides, never the name).
export function safeFileName(original: string, type: Pick<TDetectedType, "ext" | "kind">): string {
  const base = original.split(/[\\/]/).pop() ?? "";
  let name = base
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f"*:<>?|]/g, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  const ext = extensionOf(name);
  const matches = ext === type.ext || (type.kind === "JPEG" && ext === "jpeg");
  if (!matches) name = `${ext ? name.slice(0, -(ext.length + 1)) : name}.${type.ext}`;
  const stem = name.slice(0, name.lastIndexOf(".")) || "file";
  const finalExt = name.slice(name.lastIndexOf(".") + 1);
  return `${stem.slice(0, 140)}.${finalExt}`;
}
