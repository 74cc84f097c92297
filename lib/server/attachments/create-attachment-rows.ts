import "server-only";
import type { Tx } from "@/lib/db";
import type { TStoredUpload } from "./store-uploads";

// The rows of a message's stored files, inside the transaction that writes the message.
export async function createAttachmentRows(
  tx: Tx,
  stored: TStoredUpload[],
  owner: { accountId: string; requestId: string; messageId: string; uploadedById: string },
): Promise<void> {
  for (const file of stored) {
    await tx.attachment.create({
      data: {
        ...owner,
        fileName: file.fileName,
        mimeType: file.mimeType,
        size: file.size,
        sha256: file.sha256,
        storageKey: file.storageKey,
        scanStatus: file.scanStatus,
        scanDetail: file.scanDetail,
        scannedAt: file.scannedAt,
      },
    });
  }
}
