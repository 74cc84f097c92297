import type { Tx } from "@/lib/db";

// Interactive transactions that write a request or apply a service change. SQLite lets
// one writer in at a time and these machines are busy: allow more than Prisma's default
// 2 s wait and 5 s run before giving up.
export const WRITE_TX = { maxWait: 10_000, timeout: 20_000 } as const;

// Takes the database's write lock as the transaction's first statement. SQLite starts
// transactions deferred: two processes that both read and then write would deadlock (one
// is refused with SQLITE_BUSY at once); taking the lock first makes the second one wait
// its turn instead. A no-op on PostgreSQL.
export async function claimWriteLock(tx: Tx): Promise<void> {
  await tx.$executeRawUnsafe(`UPDATE "ContractSequence" SET "lastValue" = "lastValue" WHERE 1 = 0`);
}
