import { describe, expect, it, vi } from "vitest";

// What each cabinet screen's data costs in SQL statements, counted by lib/db.ts's counter
// (the benchmark's: an include Prisma answers with a second statement counts twice). The
// budget is six statements
// per page: the session lookup (one), the membership lookup (getCabinet, one), the
// shell's notice digest (one, shared with the page through React's per-request cache) and
// at most three for the page itself.
vi.hoisted(() => {
  process.env.QUERY_COUNT = "1"; // lib/db.ts counts every SQL statement when this is set as it loads
  // Outside production lib/db.ts keeps its client on globalThis, and an earlier test file in
  // this worker may have made one without the counter.
  delete (globalThis as { db?: unknown }).db;
});

import { db, queryCounter } from "@/lib/db";
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
import { clock } from "@/lib/clock";

async function count(run: () => Promise<unknown>): Promise<number> {
  queryCounter.count = 0;
  await run();
  return queryCounter.count;
}

describe("SQL statements per screen", () => {
  it("stays within the budget of six per page", async () => {
    await ensureVatRates();
    const { account, owner } = await createAccount();
    await addLedger(account.id, [{ kind: "PAYMENT", amount: 1_000_00, occurredAt: "2026-11-01T10:00:00Z" }]);
    await createDocument(account.id);
    const caller = callerFor(owner, account.id);
    actAs(owner);

    const session = await db.session.create({ data: { userId: owner.id, expiresAt: new Date(clock.nowMs() + 3600_000) } });
    const sessionLookup = await count(() => findSessionWithUser(session.id));
    const cabinet = await count(() => getCabinet());
    const digest = await count(() => getNoticeDigest(caller));
    const dashboard = await count(() => getDashboard(caller));
    const pages = {
      dashboard: dashboard - digest, // its digest is the shell's
      finance: await count(() => Promise.all([listLedger(caller, { page: 1 }), monthlyTotals(caller, 12)])),
      documents: await count(() => listDocuments(caller, { page: 1 })),
      notices: await count(() => listNotices(caller, { page: 1 })),
    };
    const shell = sessionLookup + cabinet + digest;
    console.info(`shell: ${shell} SQL statements (session ${sessionLookup}, cabinet ${cabinet}, digest ${digest})`);
    expect(shell).toBe(3);
    for (const [page, own] of Object.entries(pages)) {
      console.info(`${page}: ${shell + own} SQL statements per request (its own ${own})`);
      expect(shell + own, page).toBeLessThanOrEqual(6);
    }
  });
});
