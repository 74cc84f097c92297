import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getCabinet } from "@/lib/auth/cabinet";
import { actAs } from "@/test/auth";
import { addMember, createAccount, type TTestUser } from "@/test/factories";
import { listSubscriptions } from "./list-subscriptions";
import { listCatalogue } from "./list-catalogue";

async function callerOf(user: TTestUser) {
  actAs(user);
  return (await getCabinet())!.caller!;
}

async function createService(isSelfService: boolean, price: number, isActive = true) {
  const code = `S${randomUUID().slice(0, 8).toUpperCase()}`;
  const service = await db.service.create({
    data: {
      code,
      category: "CLOUD",
      nameRu: `Услуга ${code}`,
      nameKk: `Қызмет ${code}`,
      nameEn: `Service ${code}`,
      descriptionRu: "Описание",
      descriptionKk: "Сипаттама",
      descriptionEn: "Description",
      isSelfService,
      isActive,
    },
  });
  const tariff = await db.tariff.create({
    data: { serviceId: service.id, code: `${code}-T`, nameRu: "Тариф", nameKk: "Тариф", nameEn: "Plan", unit: "VM", monthlyPrice: price },
  });
  return { service, tariff };
}

beforeAll(async () => {
  // VAT is data: 12 % until 2025, 16 % from 2026 (the unit database starts empty).
  for (const [validFrom, rateBp] of [["2009-01-01", 1200], ["2026-01-01", 1600]] as const) {
    const at = new Date(`${validFrom}T00:00:00Z`);
    // Another test file may insert the same rate at the same moment: its row is as good.
    await db.vatRate.upsert({ where: { validFrom: at }, update: {}, create: { validFrom: at, rateBp } }).catch(() => undefined);
  }
});

describe("listSubscriptions", () => {
  it("lists the account's subscriptions, connected first, with price, quantity and monthly cost", async () => {
    const { account, owner } = await createAccount();
    const vm = await createService(true, 9_900_00);
    const old = await createService(true, 1_000_00);
    await db.subscription.create({
      data: { accountId: account.id, tariffId: old.tariff.id, status: "DISCONNECTED", startedAt: new Date("2025-01-01T00:00:00Z"), endedAt: new Date("2025-06-01T00:00:00Z") },
    });
    await db.subscription.create({ data: { accountId: account.id, tariffId: vm.tariff.id, quantity: 3, startedAt: new Date("2026-02-01T00:00:00Z") } });

    const rows = await listSubscriptions(await callerOf(owner), "kk");
    expect(rows.map((r) => [r.serviceCode, r.status, r.quantity, r.monthlyPrice, r.monthlyCost])).toEqual([
      [vm.service.code, "ACTIVE", 3, 9_900_00, 29_700_00],
      [old.service.code, "DISCONNECTED", 1, 1_000_00, 1_000_00],
    ]);
    expect(rows[0].serviceName).toBe(`Қызмет ${vm.service.code}`);
    expect(rows[1].endedAt?.toISOString()).toBe("2025-06-01T00:00:00.000Z");
  });

  it("opens to services.read or services.manage, and refuses a member with neither", async () => {
    const { account } = await createAccount();
    const { tariff } = await createService(true, 100_00);
    await db.subscription.create({ data: { accountId: account.id, tariffId: tariff.id } });
    for (const grant of ["services.read", "services.manage"] as const) {
      expect(await listSubscriptions(await callerOf(await addMember(account.id, [grant])), "ru")).toHaveLength(1);
    }
    const accountant = await addMember(account.id, ["finance.read", "documents.read", "statistics.read"]);
    await expect(listSubscriptions(await callerOf(accountant), "ru")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("gives the user of another account none of this account's subscriptions", async () => {
    const { account } = await createAccount();
    const { tariff } = await createService(true, 100_00);
    await db.subscription.create({ data: { accountId: account.id, tariffId: tariff.id } });
    const { owner: stranger } = await createAccount();
    expect(await listSubscriptions(await callerOf(stranger), "ru")).toEqual([]);
  });
});

describe("listCatalogue", () => {
  it("shows active services with prices without and with VAT at the rate in force, and marks those needing review", async () => {
    const { owner } = await createAccount();
    const open = await createService(true, 10_000_00);
    const reviewed = await createService(false, 150_000_00);
    const hidden = await createService(true, 1_00, false);
    const caller = await callerOf(owner);

    const now = await listCatalogue(caller, "en", new Date("2026-11-24T12:00:00Z"));
    expect(now.vatRateBp).toBe(1600);
    const codes = now.services.map((s) => s.code);
    expect(codes).toContain(open.service.code);
    expect(codes).not.toContain(hidden.service.code);
    const openRow = now.services.find((s) => s.code === open.service.code)!;
    expect(openRow).toMatchObject({ name: `Service ${open.service.code}`, description: "Description", isSelfService: true });
    expect(openRow.tariffs[0]).toMatchObject({ monthlyPrice: 10_000_00, monthlyPriceGross: 11_600_00 });
    expect(now.services.find((s) => s.code === reviewed.service.code)).toMatchObject({ isSelfService: false });

    const before = await listCatalogue(caller, "ru", new Date("2025-06-01T00:00:00Z"));
    expect(before.vatRateBp).toBe(1200);
    expect(before.services.find((s) => s.code === open.service.code)!.tariffs[0].monthlyPriceGross).toBe(11_200_00);
  });

  it("is the provider's public catalogue: any member of a cabinet reads it, whatever their grants", async () => {
    const { account } = await createAccount();
    await createService(true, 5_00);
    const member = await addMember(account.id, []);
    expect((await listCatalogue(await callerOf(member), "ru")).services.length).toBeGreaterThan(0);
  });
});
