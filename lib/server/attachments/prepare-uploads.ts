import "server-only";
import { createHash } from "node:crypto";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_MESSAGE } from "@/lib/schemas/requests";
import { refuse } from "@/lib/server/requests/refuse";
import { scanBytes } from "@/lib/server/scan/clamd-client";
import { detectFileType } from "./detect-file-type";
import { safeFileName } from "./safe-file-name";
import { clock } from "@/lib/clock";

export type TPreparedUpload = {
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  bytes: Buffer;
  scanStatus: "CLEAN" | "PENDING";
  scanDetail: string | null;
  scannedAt: Date | null;
};

export type TInfectedUpload = { fileName: string; size: number; sha256: string; signature: string };

const MB = MAX_ATTACHMENT_BYTES / (1024 * 1024);

// Checks a message's files and scans them, all in memory, before anything is written:
// too many, too large, empty or of a type we do not take → refused with the reason; a
// file clamd finds infected → the whole message is refused and nothing is kept; clamd
// unreachable → the file is accepted as PENDING ("waiting for scan") and stays locked
// until a rescan finds it clean.
export async function prepareUploads(
  files: File[],
  options: { onInfected?: (file: TInfectedUpload) => Promise<void> } = {},
): Promise<TPreparedUpload[]> {
  if (files.length > MAX_ATTACHMENTS_PER_MESSAGE) await refuse("files", "files.tooMany", { max: MAX_ATTACHMENTS_PER_MESSAGE });
  const prepared: TPreparedUpload[] = [];
  for (const file of files) {
    const name = file.name || "file";
    if (file.size > MAX_ATTACHMENT_BYTES) await refuse("files", "files.tooLargeNamed", { name, max: MB });
    const bytes = Buffer.from(await file.arrayBuffer());
    if (bytes.length > MAX_ATTACHMENT_BYTES) await refuse("files", "files.tooLargeNamed", { name, max: MB });
    if (bytes.length === 0) await refuse("files", "files.empty", { name });
    const type = await detectFileType(bytes, name);
    if (!type) await refuse("files", "files.badType", { name });
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const scan = await scanBytes(bytes);
    if (scan.verdict === "INFECTED") {
      await options.onInfected?.({ fileName: name, size: bytes.length, sha256, signature: scan.signature });
      await refuse("files", "files.infected", { name, signature: scan.signature });
    }
    prepared.push({
      fileName: safeFileName(name, type!),
      mimeType: type!.mime,
      size: bytes.length,
      sha256,
      bytes,
      scanStatus: scan.verdict === "CLEAN" ? "CLEAN" : "PENDING",
      scanDetail: scan.verdict === "UNAVAILABLE" ? `scanner unavailable: ${scan.reason}`.slice(0, 500) : null,
      scannedAt: scan.verdict === "CLEAN" ? clock.now() : null,
    });
  }
  return prepared;
}
