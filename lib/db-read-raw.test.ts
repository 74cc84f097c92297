import Database from "better-sqlite3";
import { describe, expect, it, vi } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { db, readRaw } from "@/lib/db";
import { createAccount } from "@/test/factories";
import { clock } from "@/lib/clock";
import { isPostgresUrl } from "@/lib/env";

// readRaw sends a statement straight to the driver adapter, past the ORM's pipeline; it must
// answer exactly what the client's $queryRaw answers for the same statement, value for value
// and type for type (Date, BigInt, boolean, number, null), on SQLite and PostgreSQL alike.
describe("readRaw", () => {
  it("answers what $queryRaw answers: dates, nulls, booleans, counts, sums and arguments of every kind", async () => {
    const { account, owner } = await createAccount();
    await db.user.update({ where: { id: owner.id }, data: { lastLoginAt: clock.now(), totpEnabledAt: null } });
    await db.account.update({ where: { id: account.id }, data: { requireTotp: true } });
    const queries = [
      Prisma.sql`SELECT u."id", u."email", u."name", u."createdAt", u."lastLoginAt", u."totpEnabledAt", u."staffRole"
                 FROM "User" u WHERE u."id" = ${owner.id}`,
      Prisma.sql`SELECT a."number", a."requireTotp", a."providerAccessConsent", a."creditLimit", a."status"
                 FROM "Account" a WHERE a."id" = ${account.id} AND a."createdAt" <= ${new Date(clock.nowMs() + 60_000)}`,
      Prisma.sql`SELECT COUNT(*) AS "total", SUM(CASE WHEN m."role" = ${"OWNER"} THEN 1 ELSE 0 END) AS "owners",
                        MAX(m."createdAt") AS "newest"
                 FROM "Membership" m WHERE m."accountId" IN (${Prisma.join([account.id, "no-such-account"])})`,
      Prisma.sql`SELECT u."id" FROM "User" u WHERE u."id" = ${"no-such-user"}`,
    ];
    for (const query of queries) {
      const orm = await db.$queryRaw<unknown[]>(query);
      expect(orm.length).toBeLessThanOrEqual(1);
      expect(await readRaw<unknown[]>(query)).toStrictEqual(orm);
    }
    const [user] = await readRaw<Array<{ createdAt: unknown; totpEnabledAt: unknown }>>(queries[0]);
    expect(user.createdAt).toBeInstanceOf(Date);
    expect(user.totpEnabledAt).toBeNull();
    const [row] = await readRaw<Array<{ requireTotp: unknown }>>(queries[1]);
    expect(row.requireTotp).toBe(true);
  });

  it("connects the client when nothing has yet, and again after it disconnected", async () => {
    const { owner } = await createAccount();
    const query = Prisma.sql`SELECT u."email" FROM "User" u WHERE u."id" = ${owner.id}`;
    await db.$disconnect();
    expect(await readRaw<Array<{ email: string }>>(query)).toEqual([{ email: owner.email }]);
    await db.$disconnect();
    expect(await readRaw<Array<{ email: string }>>(query)).toEqual([{ email: owner.email }]);
    expect(await db.user.count({ where: { id: owner.id } })).toBe(1);
  });
});

// patches/@prisma+adapter-better-sqlite3+6.19.3.patch: the SQLite connection keeps its 256
// most recently used prepared statements, for the ORM's queries and readRaw's alike.
describe.skipIf(isPostgresUrl(process.env.DATABASE_URL))("the SQLite adapter's prepared statements", () => {
  it("compiles a statement once, answers each call with its own arguments, and keeps at most 256", async () => {
    const { owner } = await createAccount();
    const other = await createAccount();
    const prepare = vi.spyOn(Database.prototype, "prepare");
    try {
      const emailOf = (id: string) => readRaw<Array<{ email: string }>>(Prisma.sql`SELECT u."email" FROM "User" u WHERE u."id" = ${id} AND 1 = 1`);
      expect(await emailOf(owner.id)).toEqual([{ email: owner.email }]);
      expect(await emailOf(other.owner.id)).toEqual([{ email: other.owner.email }]);
      expect(await db.user.findUnique({ where: { id: owner.id }, select: { email: true } })).toEqual({ email: owner.email });
      expect(await db.user.findUnique({ where: { id: other.owner.id }, select: { email: true } })).toEqual({ email: other.owner.email });
      const compiled = prepare.mock.calls.length;
      expect(compiled).toBeLessThanOrEqual(2); // the raw read's and the ORM's, each once

      // 256 other statements push the first out; it is compiled again when it comes back.
      for (let i = 0; i < 256; i++) await readRaw(Prisma.raw(`SELECT ${i} AS "n"`));
      expect(prepare.mock.calls.length).toBe(compiled + 256);
      expect(await emailOf(owner.id)).toEqual([{ email: owner.email }]);
      expect(prepare.mock.calls.length).toBe(compiled + 257);
    } finally {
      prepare.mockRestore();
    }
  });
});

// patches/@prisma+adapter-pg+6.19.3.patch: on PostgreSQL readRaw's statements are prepared
// statements of the connection, by a name made of their text's hash; the ORM's stay unnamed.
describe.skipIf(!isPostgresUrl(process.env.DATABASE_URL))("readRaw's prepared statements on PostgreSQL", () => {
  it("prepares a statement once on a connection and answers each call with its own arguments", async () => {
    const { owner } = await createAccount();
    const other = await createAccount();
    const emailOf = (id: string) => readRaw<Array<{ email: string }>>(Prisma.sql`SELECT u."email" FROM "User" u WHERE u."id" = ${id} AND 2 = 2`);
    for (let i = 0; i < 7; i++) {
      expect(await emailOf(owner.id)).toEqual([{ email: owner.email }]);
      expect(await emailOf(other.owner.id)).toEqual([{ email: other.owner.email }]);
    }
    // Sequential calls take the pool's most recently released connection: this one.
    const prepared = await readRaw<Array<{ name: string; statement: string }>>(Prisma.sql`SELECT "name", "statement" FROM pg_prepared_statements`);
    const mine = prepared.filter((p) => p.statement.includes(`u."id" = $1 AND 2 = 2`));
    expect(mine).toHaveLength(1);
    expect(mine[0].name).toMatch(/^r_[0-9a-f]{24}$/);
    expect(prepared.every((p) => p.name.startsWith("r_"))).toBe(true);
  });
});
