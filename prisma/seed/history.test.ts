import { afterAll, describe, expect, it } from "vitest";
import { createSeedClient } from "./client";
import { seedAgreements } from "./agreements";
import { seedCatalogue, seedVatRates } from "./reference";
import { seedPeople } from "./people";
import { seedHistory } from "./history";
import { clock } from "../../lib/clock";
import { almatyMonth, shiftMonth } from "../../lib/server/finance/almaty-time";
import { cloneDatabase, dropDatabase } from "../../scripts/test-database.mjs";

// The demo seed writes a year of history up to "now". Whatever the date, the picture the
// cabinet's specs rely on must hold: nothing dated after now, the company with exactly one
// overdue invoice and its notice, the sole proprietor's requested top-up still due, the
// 'next month' in its notice named after the date.
const DATES = [
  "2026-12-04T11:00:00Z", // the day this test was written
  "2026-12-01T02:00:00Z", // 07:00 on the 1st in Almaty: the month just ended is not billed yet
  "2027-01-14T19:30:00Z", // half an hour after the December invoice fell due
  "2027-01-14T18:30:00Z", // half an hour before
  "2027-02-28T18:55:00Z", // 23:55 on the last day of February in Almaty
  "2028-01-08T06:00:00Z", // more than a year on, across a year boundary
];

const databases: string[] = [];
afterAll(async () => {
  clock.set(null);
  for (const name of databases) await dropDatabase(name);
});

describe.each(DATES)("the demo seed on %s", (iso) => {
  it("keeps the picture the specs read", { timeout: 60_000 }, async () => {
    const now = new Date(iso);
    const name = `unit_seed_${iso.replace(/\D/g, "")}`;
    databases.push(name);
    const url: string = await cloneDatabase("unit_empty", name);
    clock.set(now);
    const db = createSeedClient(url);
    try {
      await seedVatRates(db);
      await seedAgreements(db);
      await seedCatalogue(db);
      await seedPeople(db);
      await seedHistory(db, now);

      expect(await db.document.count({ where: { issuedAt: { gt: now } } })).toBe(0);
      expect(await db.ledgerEntry.count({ where: { occurredAt: { gt: now } } })).toBe(0);
      expect(await db.notice.count({ where: { audience: "ACCOUNT", publishAt: { gt: now } } })).toBe(0);

      const legal = await db.account.findUniqueOrThrow({ where: { number: "100000001" } });
      const overdue = await db.document.findMany({ where: { accountId: legal.id, status: "OVERDUE" } });
      expect(overdue).toHaveLength(1);
      expect(overdue[0].dueAt!.getTime()).toBeLessThan(now.getTime());
      const issued = await db.document.findMany({ where: { accountId: legal.id, kind: "INVOICE", status: "ISSUED" } });
      for (const invoice of issued) expect(invoice.dueAt!.getTime()).toBeGreaterThanOrEqual(now.getTime());
      const notice = await db.notice.findFirstOrThrow({ where: { accountId: legal.id, kind: "ACCOUNT_STATUS" } });
      expect(notice.titleRu).toBe(`Счёт ${overdue[0].number} не оплачен в срок`);
      const balance = (await db.ledgerEntry.aggregate({ where: { accountId: legal.id }, _sum: { amount: true } }))._sum.amount!;
      expect(balance).toBeLessThan(0);

      const sole = await db.account.findUniqueOrThrow({ where: { number: "100000002" } });
      const topup = await db.document.findFirstOrThrow({ where: { accountId: sole.id, kind: "INVOICE", periodStart: null } });
      expect(topup.status).toBe("ISSUED");
      expect(topup.dueAt!.getTime()).toBeGreaterThan(now.getTime());
      const [y, m] = shiftMonth(almatyMonth(topup.issuedAt), 1).split("-").map(Number);
      const nextMonth = new Intl.DateTimeFormat("ru", { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, 1, 12)));
      const warning = await db.notice.findFirstOrThrow({ where: { accountId: sole.id, kind: "ACCOUNT_STATUS" } });
      expect(warning.bodyRu).toContain(`за ${nextMonth}`);

      // The latest act is for a month that has ended.
      const acts = await db.document.findMany({ where: { accountId: legal.id, kind: "ACT" }, orderBy: { periodStart: "desc" } });
      expect(acts[0].periodEnd!.getTime()).toBeLessThan(now.getTime());
    } finally {
      await db.$disconnect();
    }
  });
});
