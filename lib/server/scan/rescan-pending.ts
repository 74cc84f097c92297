import "server-only";
import { db } from "@/lib/db";
import { getObjectStore } from "@/lib/server/storage/get-object-store";
import { scanBytes } from "./clamd-client";
import { clock } from "@/lib/clock";

export type TRescanSummary = { checked: number; clean: number; infected: number; stillPending: number };

// Scans the files accepted while clamd was unreachable. Clean → downloadable; infected →
// the bytes are deleted and the row stays as a record of the refusal; scanner still
// down → left PENDING for the next run. Staff run it from /staff/requests
// (lib/actions/rescan-attachments.ts); a scheduler can call the same function.
export async function rescanPending(options: { limit?: number } = {}): Promise<TRescanSummary> {
  const store = getObjectStore();
  const pending = await db.attachment.findMany({
    where: { scanStatus: "PENDING" },
    orderBy: { createdAt: "asc" },
    take: options.limit ?? 100,
  });
  const summary: TRescanSummary = { checked: pending.length, clean: 0, infected: 0, stillPending: 0 };
  for (const attachment of pending) {
    const bytes = await store.get(attachment.storageKey);
    if (!bytes) {
      // The file is gone: it can never be scanned, so it can never be downloaded.
      await db.attachment.update({
        where: { id: attachment.id },
        data: { scanStatus: "INFECTED", scanDetail: "file missing from storage: never scanned", scannedAt: clock.now() },
      });
      summary.infected += 1;
      continue;
    }
    const scan = await scanBytes(bytes);
    if (scan.verdict === "UNAVAILABLE") {
      summary.stillPending += 1;
      await db.attachment.update({ where: { id: attachment.id }, data: { scanDetail: `scanner unavailable: ${scan.reason}`.slice(0, 500) } });
      continue;
    }
    if (scan.verdict === "INFECTED") {
      await store.delete(attachment.storageKey);
      await db.attachment.update({
        where: { id: attachment.id },
        data: { scanStatus: "INFECTED", scanDetail: scan.signature, scannedAt: clock.now() },
      });
      summary.infected += 1;
      continue;
    }
    await db.attachment.update({ where: { id: attachment.id }, data: { scanStatus: "CLEAN", scanDetail: null, scannedAt: clock.now() } });
    summary.clean += 1;
  }
  return summary;
}
