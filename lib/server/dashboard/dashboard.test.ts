import { describe, expect, it, vi } from "vitest";

// Counts the SQL statements the data functions send with lib/db.ts's own counter (the
// benchmark's): below Prisma's operations, so an include that costs a second statement
// counts as such. Set before lib/db.ts is first imported.
vi.hoisted(() => {
  process.env.QUERY_COUNT = "1"; // lib/db.ts counts every SQL statement when this is set as it loads
  // Outside production lib/db.ts keeps its client on globalThis, and an earlier test file in
  // this worker may have made one without the counter.
  delete (globalThis as { db?: unknown }).db;
});

import { db, queryCounter } from "@/lib/db";
import { addMember, createAccount } from "@/test/factories";
import { addLedger, callerFor, ensureVatRates } from "@/test/cabinet";
import { createDocument } from "@/test/documents";
import { getDashboard } from "./get-dashboard";
import { listConnectedServices } from "./list-connected-services";

async function accountWithServices() {
  await ensureVatRates();
  const created = await createAccount({ billingMethod: "POSTPAID", creditLimit: 500_000_00 });
  const suffix = Math.random().toString(36).slice(2, 8);
  const service = await db.service.create({
    data: { code: `D-${suffix}`, category: "CLOUD", nameRu: "Облако", nameKk: "Бұлт", nameEn: "Cloud", descriptionRu: "-", descriptionKk: "-", descriptionEn: "-" },
  });
  const tariff = await db.tariff.create({ data: { serviceId: service.id, code: `DT-${suffix}`, nameRu: "VM", nameKk: "VM", nameEn: "VM", unit: "VM", monthlyPrice: 29_900_00 } });
  await db.subscription.create({ data: { accountId: created.account.id, tariffId: tariff.id, quantity: 3 } });
  await db.subscription.create({ data: { accountId: created.account.id, tariffId: tariff.id, quantity: 1, status: "DISCONNECTED" } });
  await addLedger(created.account.id, [
    { kind: "CHARGE", amount: -300_000_00, occurredAt: "2026-10-31T18:00:00Z" },
    { kind: "PAYMENT", amount: 100_000_00, occurredAt: "2026-11-05T18:00:00Z" },
  ]);
  await createDocument(created.account.id);
  return created;
}

describe("the dashboard's data", () => {
  it("gives the owner every part in at most four SQL statements", async () => {
    const { account, owner } = await accountWithServices();
    queryCounter.count = 0;
    const dashboard = await getDashboard(callerFor(owner, account.id));
    expect(queryCounter.count).toBeLessThanOrEqual(4);
    expect(dashboard.balance).toBe(-200_000_00);
    expect(dashboard.services?.services).toHaveLength(1); // the disconnected one is not shown
    expect(dashboard.services?.services[0]).toMatchObject({ quantity: 3, monthlyCost: 89_700_00, unit: "VM" });
    expect(dashboard.services?.vatRateBp).toBe(1600);
    expect(dashboard.documents).toHaveLength(1);
    expect(dashboard.notices).not.toBeNull();
  });

  it("leaves out, without querying, every part a member has no grant for", async () => {
    const { account } = await accountWithServices();
    const member = await addMember(account.id, ["notices.read"]);
    queryCounter.count = 0;
    const dashboard = await getDashboard(callerFor(member, account.id, "MEMBER", ["notices.read"]));
    expect(dashboard).toMatchObject({ balance: null, services: null, documents: null });
    expect(dashboard.notices).not.toBeNull();
    expect(queryCounter.count).toBe(1);
    await expect(listConnectedServices(callerFor(member, account.id, "MEMBER", ["notices.read"]))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("shows a foreign caller nothing of this account", async () => {
    await accountWithServices();
    const other = await createAccount();
    const dashboard = await getDashboard(callerFor(other.owner, other.account.id));
    expect(dashboard.balance).toBe(0);
    expect(dashboard.services?.services).toEqual([]);
    expect(dashboard.documents).toEqual([]);
  });
});
