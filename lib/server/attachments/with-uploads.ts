import "server-only";
import { prepareUploads, type TInfectedUpload } from "./prepare-uploads";
import { storeUploads, type TStoredUpload } from "./store-uploads";
import { discardUploads } from "./discard-uploads";

// Check, scan and store a message's files, then run `work` (the transaction that writes
// the message and the attachment rows). If `work` fails, the stored files are removed, so
// no file is ever kept without its row.
export async function withUploads<T>(
  files: File[],
  onInfected: (file: TInfectedUpload) => Promise<void>,
  work: (stored: TStoredUpload[]) => Promise<T>,
): Promise<T> {
  const prepared = await prepareUploads(files, { onInfected });
  const stored = await storeUploads(prepared);
  try {
    return await work(stored);
  } catch (error) {
    await discardUploads(stored);
    throw error;
  }
}
