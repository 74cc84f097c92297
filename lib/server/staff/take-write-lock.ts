import "server-only";
import type { Tx } from "@/lib/db";

// Makes a transaction that reads before it writes take its write lock first. On SQLite a
// transaction that read and then writes cannot wait for another writer (it fails at once
// with SQLITE_BUSY); one that writes first waits for its turn. The statement changes
// nothing; on PostgreSQL it is a no-op.
export async function takeWriteLock(tx: Tx): Promise<void> {
  await tx.$executeRaw`UPDATE "ContractSequence" SET "lastValue" = "lastValue" WHERE "id" = '__write_lock__'`;
}
