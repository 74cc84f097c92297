import "server-only";
import { getObjectStore } from "@/lib/server/storage/get-object-store";

export type TAttachmentFile =
  | { state: "READY"; fileName: string; mimeType: string; bytes: Buffer }
  | { state: "PENDING" | "INFECTED" | "MISSING" };

// Only a file the scanner found clean leaves the store.
export async function readAttachmentFile(attachment: {
  scanStatus: string;
  storageKey: string;
  fileName: string;
  mimeType: string;
}): Promise<TAttachmentFile> {
  if (attachment.scanStatus === "PENDING") return { state: "PENDING" };
  if (attachment.scanStatus !== "CLEAN") return { state: "INFECTED" };
  const bytes = await getObjectStore().get(attachment.storageKey);
  if (!bytes) return { state: "MISSING" };
  return { state: "READY", fileName: attachment.fileName, mimeType: attachment.mimeType, bytes };
}
