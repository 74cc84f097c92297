import { describe, expect, it, vi } from "vitest";

// What each cabinet screen's data costs in SQL statements at the driver adapter (what the
// benchmark's QUERY_COUNT counter in lib/db.ts counts too: an include Prisma answers with
// a second statement counts twice), and in Prisma operations. The budget is six statements
// per page: the session lookup (one), the membership lookup (getCabinet, one), the
// shell's notice digest (one, shared with the page through React's per-request cache) and
// at most three for the page itself.
const sql = vi.hoisted(() => ({ count: 0, ops: 0, log: [] as string[] }));

vi.mock("@/lib/db", async () => {
  const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
  const { PrismaClient } = await import("@/generated/prisma/client");
  const factory = new PrismaBetterSQLite3({ url: process.env.DATABASE_URL! });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const queryRaw = adapter.queryRaw.bind(adapter);
    adapter.queryRaw = (query) => {
      sql.count += 1;
      sql.log.push(query.sql.slice(0, 80));
      return queryRaw(query);
    };
    return adapter;
  };
  const client = new PrismaClient({ adapter: factory }).$extends({
    query: {
      async $allOperations({ args, query }) {
        sql.ops += 1;
        return query(args);
      },
    },
  });
  return { db: client, queryCounter: { count: 0 } };
});

import { db } from "@/lib/db";
import { actAs } from "@/test/auth";
import { createAccount } from "@/test/factories";
import { addLedger, callerFor, ensureVatRates } from "@/test/cabinet";
import { createDocument } from "@/test/documents";
import { getCabinet } from "@/lib/auth/cabinet";
import { findSessionWithUser } from "@/lib/auth/session-lookup";
import { getDashboard } from "./get-dashboard";
import { listLedger } from "@/lib/server/finance/list-ledger";
import { monthlyTotals } from "@/lib/server/finance/monthly-totals";
import { listDocuments } from "@/lib/server/documents/list-documents";
import { listNotices } from "@/lib/server/notices/list-notices";
import { getNoticeDigest } from "@/lib/server/notices/get-notice-digest";

async function count(run: () => Promise<unknown>): Promise<{ ops: number; sql: number }> {
  sql.count = 0;
  sql.ops = 0;
  sql.log = [];
  await run();
  return { ops: sql.ops, sql: sql.count };
}

describe("SQL statements per screen", () => {
  it("stays within the budget of six per page", async () => {
    await ensureVatRates();
    const { account, owner } = await createAccount();
    await addLedger(account.id, [{ kind: "PAYMENT", amount: 1_000_00, occurredAt: "2026-11-01T10:00:00Z" }]);
    await createDocument(account.id);
    const caller = callerFor(owner, account.id);
    actAs(owner);

    const session = await db.session.create({ data: { userId: owner.id, expiresAt: new Date(Date.now() + 3600_000) } });
    const sessionLookup = await count(() => findSessionWithUser(session.id));
    const cabinet = await count(() => getCabinet());
    const digest = await count(() => getNoticeDigest(caller));
    const dashboard = await count(() => getDashboard(caller));
    const pages = {
      dashboard: { ops: dashboard.ops - digest.ops, sql: dashboard.sql - digest.sql }, // its digest is the shell's
      finance: await count(() => Promise.all([listLedger(caller, { page: 1 }), monthlyTotals(caller, 12)])),
      documents: await count(() => listDocuments(caller, { page: 1 })),
      notices: await count(() => listNotices(caller, { page: 1 })),
    };
    const shell = { ops: sessionLookup.ops + cabinet.ops + digest.ops, sql: sessionLookup.sql + cabinet.sql + digest.sql };
    console.info(`shell: ${shell.sql} SQL statements (session ${sessionLookup.sql}, cabinet ${cabinet.sql}, digest ${digest.sql})`);
    expect(shell.sql).toBe(3);
    for (const [page, cost] of Object.entries(pages)) {
      console.info(`${page}: ${shell.sql + cost.sql} SQL statements per request (its own ${cost.sql}, in ${cost.ops} operations)`);
      expect(shell.sql + cost.sql, page).toBeLessThanOrEqual(6);
    }
  });
});
