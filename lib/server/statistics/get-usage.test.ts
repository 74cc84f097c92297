import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getCabinet } from "@/lib/auth/cabinet";
import { actAs } from "@/test/auth";
import { addMember, createAccount, createUser, type TTestUser } from "@/test/factories";
import type { TUsageQuery } from "@/lib/schemas/statistics";
import { getUsage } from "./get-usage";
import { usageCsv, csvNumber, type TUsageCsvLabels } from "./usage-csv";

async function callerOf(user: TTestUser) {
  actAs(user);
  const cabinet = await getCabinet();
  return cabinet!.caller!;
}

async function createTariff(usageUnit: string | null, names: [string, string, string]) {
  const code = `T${randomUUID().slice(0, 8).toUpperCase()}`;
  const service = await db.service.create({
    data: {
      code,
      category: "CLOUD",
      nameRu: names[0],
      nameKk: names[1],
      nameEn: names[2],
      descriptionRu: "-",
      descriptionKk: "-",
      descriptionEn: "-",
      usageUnit,
    },
  });
  return db.tariff.create({ data: { serviceId: service.id, code: `${code}-1`, nameRu: "Т", nameKk: "Т", nameEn: "T", unit: "VM", monthlyPrice: 100_00 } });
}

// An account with two tariffs of one service (GB) and one of another (MIN), and usage on
// days chosen around an ISO week and a year boundary.
async function accountWithUsage() {
  const { account, owner } = await createAccount();
  const traffic = await createTariff("GB", ["Трафик, «тест»", "Трафик", "Traffic, \"test\""]);
  const traffic2 = await db.tariff.create({
    data: { serviceId: traffic.serviceId, code: `${traffic.code}-2`, nameRu: "Т2", nameKk: "Т2", nameEn: "T2", unit: "VM", monthlyPrice: 1 },
  });
  const minutes = await createTariff("MIN", ["Минуты", "Минуттар", "Minutes"]);
  const numbers = await createTariff(null, ["Номера", "Нөмірлер", "Numbers"]);
  const idleServer = await createTariff("VCPU_HOUR", ["Сервер", "Сервер", "Server"]); // metered, but no usage
  const [subA, subA2, subB] = await Promise.all(
    [traffic, traffic2, minutes, numbers, idleServer].map((t) => db.subscription.create({ data: { accountId: account.id, tariffId: t.id } })),
  );
  const usage: Array<[string, string, number]> = [
    [subA.id, "2025-12-29", 1000], // Monday of 2026-W01, before the period
    [subA.id, "2025-12-31", 1.5],
    [subA2.id, "2025-12-31", 2.25],
    [subA.id, "2026-01-01", 10],
    [subB.id, "2026-01-01", 7],
    [subA.id, "2026-01-04", 0.125], // Sunday, still 2026-W01
    [subA.id, "2026-01-05", 4], // Monday, 2026-W02
    [subB.id, "2026-02-01", 3],
    [subB.id, "2026-02-02", 500], // after the period
  ];
  await db.usageRecord.createMany({
    data: usage.map(([subscriptionId, day, volume]) => ({ accountId: account.id, subscriptionId, day: new Date(`${day}T00:00:00Z`), volume })),
  });
  return { account, owner, traffic, minutes };
}

const query = (over: Partial<TUsageQuery> = {}): TUsageQuery => ({ from: "2025-12-30", to: "2026-02-01", granularity: "day", ...over });

describe("getUsage", () => {
  it("sums usage per service and day over the period, with every day of the period present", async () => {
    const { owner, traffic, minutes } = await accountWithUsage();
    const trafficCode = (await db.service.findUniqueOrThrow({ where: { id: traffic.serviceId } })).code;
    const minutesCode = (await db.service.findUniqueOrThrow({ where: { id: minutes.serviceId } })).code;
    const report = await getUsage(await callerOf(owner), query(), "ru");
    // The idle server is among the filter's options but adds no empty column.
    expect(report.services).toHaveLength(3);
    expect(report.shown.map((s) => s.code).sort()).toEqual([trafficCode, minutesCode].sort());
    expect(report.rows).toHaveLength(34);
    const day = (key: string) => report.rows.find((r) => r.key === key)!.values;
    expect(day("2025-12-31")).toEqual({ [trafficCode]: 3.75, [minutesCode]: 0 });
    expect(day("2026-01-01")).toEqual({ [trafficCode]: 10, [minutesCode]: 7 });
    expect(day("2026-01-20")).toEqual({ [trafficCode]: 0, [minutesCode]: 0 });
    expect(report.totals).toEqual({ [trafficCode]: 17.875, [minutesCode]: 10 });
    expect(report.hasData).toBe(true);
  });

  it("rolls days up into ISO weeks and months cut to the period, and filters by service", async () => {
    const { owner, traffic } = await accountWithUsage();
    const trafficCode = (await db.service.findUniqueOrThrow({ where: { id: traffic.serviceId } })).code;
    const caller = await callerOf(owner);

    const weeks = await getUsage(caller, query({ granularity: "week", service: trafficCode }), "en");
    expect(weeks.shown).toEqual([{ code: trafficCode, name: 'Traffic, "test"', unit: "GB" }]);
    expect(weeks.rows.slice(0, 2)).toEqual([
      { key: "2026-W01", start: "2025-12-30", end: "2026-01-04", values: { [trafficCode]: 13.875 } },
      { key: "2026-W02", start: "2026-01-05", end: "2026-01-11", values: { [trafficCode]: 4 } },
    ]);
    expect(weeks.rows.at(-1)).toMatchObject({ key: "2026-W05", start: "2026-01-26", end: "2026-02-01" });

    const months = await getUsage(caller, query({ granularity: "month" }), "ru");
    const minutesCode = months.shown.find((s) => s.code !== trafficCode)!.code;
    expect(months.rows.map((r) => [r.key, r.start, r.end, r.values[trafficCode], r.values[minutesCode]])).toEqual([
      ["2025-12", "2025-12-30", "2025-12-31", 3.75, 0],
      ["2026-01", "2026-01-01", "2026-01-31", 14.125, 7],
      ["2026-02", "2026-02-01", "2026-02-01", 0, 3],
    ]);

    const unknown = await getUsage(caller, query({ service: "NO-SUCH" }), "ru");
    expect(unknown.shown).toEqual([]);
    expect(unknown.hasData).toBe(false);
  });

  it("refuses a member without statistics.read and lets one with it read", async () => {
    const { account } = await accountWithUsage();
    const accountant = await addMember(account.id, ["finance.read", "documents.read"]);
    await expect(getUsage(await callerOf(accountant), query(), "ru")).rejects.toMatchObject({ code: "FORBIDDEN" });
    const engineer = await addMember(account.id, ["statistics.read"]);
    expect((await getUsage(await callerOf(engineer), query(), "ru")).hasData).toBe(true);
  });

  it("gives the user of another account nothing of this account's usage", async () => {
    await accountWithUsage();
    const { owner: stranger } = await createAccount();
    const report = await getUsage(await callerOf(stranger), query(), "ru");
    expect(report.services).toEqual([]);
    expect(report.hasData).toBe(false);
    // A person with no cabinet at all has no caller to ask with.
    actAs(await createUser());
    expect((await getCabinet())?.caller).toBeNull();
  });
});

describe("usage CSV", () => {
  const labels: TUsageCsvLabels = {
    header: ["Период", "Начало", "Конец", "Код", "Услуга", "Единица", "Объём"],
    unit: (unit) => ({ GB: "ГБ", MIN: "мин" })[unit] ?? unit,
  };

  it("writes a BOM, a header, one CRLF line per period and service, escaped text and plain numbers", async () => {
    const { owner, traffic } = await accountWithUsage();
    const trafficCode = (await db.service.findUniqueOrThrow({ where: { id: traffic.serviceId } })).code;
    const report = await getUsage(await callerOf(owner), query({ granularity: "month" }), "ru");
    const csv = usageCsv(report, labels);
    expect(csv.startsWith("\uFEFFПериод,Начало,Конец,Код,Услуга,Единица,Объём\r\n")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines).toHaveLength(1 + 3 * 2 + 1); // header, 3 months × 2 services, final CRLF
    expect(lines.at(-1)).toBe("");
    expect(lines).toContain(`2025-12,2025-12-30,2025-12-31,${trafficCode},"Трафик, «тест»",ГБ,3.75`);
    expect(lines).toContain(`2026-01,2026-01-01,2026-01-31,${trafficCode},"Трафик, «тест»",ГБ,14.125`);
    expect(lines.filter((l) => /^2026-02,2026-02-01,2026-02-01,T[0-9A-F]{8},Минуты,мин,3$/.test(l))).toHaveLength(1);

    const en = usageCsv(await getUsage(await callerOf(owner), query({ granularity: "month" }), "en"), labels);
    expect(en).toContain(`,"Traffic, ""test""",ГБ,`);
  });

  it("formats numbers without exponent or grouping, and defuses formula-like text", () => {
    expect(csvNumber(0)).toBe("0");
    expect(csvNumber(1234567.5)).toBe("1234567.5");
    expect(csvNumber(0.0000001)).toBe("0");
    expect(csvNumber(2.0004)).toBe("2");
    expect(csvNumber(2.0005)).toBe("2.001");
    const csv = usageCsv(
      {
        query: query(),
        services: [],
        shown: [{ code: "X", name: "=HYPERLINK(1)", unit: "GB" }],
        rows: [{ key: "2026-01-01", start: "2026-01-01", end: "2026-01-01", values: { X: 1 } }],
        totals: { X: 1 },
        hasData: true,
      },
      labels,
    );
    expect(csv).toContain(",'=HYPERLINK(1),");
  });
});
