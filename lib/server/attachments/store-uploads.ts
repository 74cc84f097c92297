import "server-only";
import { randomUUID } from "node:crypto";
import { getObjectStore } from "@/lib/server/storage/get-object-store";
import type { TPreparedUpload } from "./prepare-uploads";
import { discardUploads } from "./discard-uploads";
import { clock } from "@/lib/clock";

export type TStoredUpload = Omit<TPreparedUpload, "bytes"> & { storageKey: string };

// Writes scanned (or scan-pending) files to the store under keys the cabinet makes up.
// If one write fails, the ones already written are removed: all or nothing.
export async function storeUploads(prepared: TPreparedUpload[]): Promise<TStoredUpload[]> {
  const store = getObjectStore();
  const stored: TStoredUpload[] = [];
  try {
    for (const { bytes, ...meta } of prepared) {
      const storageKey = `attachments/${clock.now().getUTCFullYear()}/${randomUUID()}`;
      await store.put(storageKey, bytes);
      stored.push({ ...meta, storageKey });
    }
  } catch (error) {
    await discardUploads(stored);
    throw error;
  }
  return stored;
}
