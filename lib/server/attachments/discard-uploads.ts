import "server-only";
import { getObjectStore } from "@/lib/server/storage/get-object-store";

// Removes files whose database rows were never written (the transaction failed).
export async function discardUploads(stored: Array<{ storageKey: string }>): Promise<void> {
  const store = getObjectStore();
  await Promise.all(stored.map((s) => store.delete(s.storageKey).catch(() => undefined)));
}
