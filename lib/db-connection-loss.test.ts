import { randomUUID } from "node:crypto";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isPostgresUrl } from "@/lib/env";

// A connection lost in the middle of a request's transaction (the database restarted, the
// network cut, the backend killed) rolls the whole transaction back: nothing of it stays,
// and the caller gets an error, not a half-done change. On PostgreSQL, where a connection
// can be lost; the embedded SQLite file has none to lose.
describe.skipIf(!isPostgresUrl(process.env.DATABASE_URL))("a connection lost mid-transaction", () => {
  it("keeps nothing the transaction wrote before the loss, and fails the call", async () => {
    const email = `lost-${randomUUID().slice(0, 8)}@test.kz`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      const call = db.$transaction(async (tx) => {
        await tx.user.create({ data: { email, name: "Потерянная Связь", phone: "+77010000000", status: "ACTIVE" } });
        const [{ pid }] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
        // The server ends this transaction's connection, as a restart or a cut would.
        await admin.query("SELECT pg_terminate_backend($1)", [pid]);
        await tx.user.update({ where: { email }, data: { name: "После обрыва" } });
      });
      await expect(call).rejects.toThrow();
      expect(await db.user.count({ where: { email } })).toBe(0);
      // The pool recovers: the next request works on a new connection.
      await expect(db.user.count()).resolves.toBeGreaterThanOrEqual(0);
    } finally {
      await admin.end();
    }
  });
});
