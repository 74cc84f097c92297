import "server-only";
import { readFileSync } from "node:fs";
import { join } from "node:path";

// DejaVu Sans has Cyrillic and every Kazakh letter (Ә Ғ Қ Ң Ө Ұ Ү Һ І). The files come
// from the dejavu-fonts-ttf package and are read once per process, then embedded.
const dir = join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");

let cached: { regular: Buffer; bold: Buffer } | undefined;

export function pdfFonts(): { regular: Buffer; bold: Buffer } {
  cached ??= {
    regular: readFileSync(join(dir, "DejaVuSans.ttf")),
    bold: readFileSync(join(dir, "DejaVuSans-Bold.ttf")),
  };
  return cached;
}
