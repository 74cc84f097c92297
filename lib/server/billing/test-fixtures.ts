// Fixtures of the billing tests: tariffs, accounts with something to bill, and the worker
// run in-process until nothing is due (what the server's worker does in the background).
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { createAccount } from "@/test/factories";
import { parsePeriod } from "./period";
import { processBillingRuns, type TBillingPassOptions } from "./process-billing-runs";

export async function tariff(data: { monthlyPrice: number; usagePrice?: number; includedUsage?: number; usageUnit?: string }) {
  const code = `T-${randomUUID().slice(0, 8)}`;
  const service = await db.service.create({
    data: {
      code,
      category: "TELEPHONY",
      nameRu: "Сервис",
      nameKk: "Қызмет",
      nameEn: "Service",
      descriptionRu: "-",
      descriptionKk: "-",
      descriptionEn: "-",
      usageUnit: data.usageUnit ?? null,
    },
  });
  return db.tariff.create({
    data: {
      serviceId: service.id,
      code,
      nameRu: "Линия",
      nameKk: "Желі",
      nameEn: "Line",
      unit: "LINE",
      monthlyPrice: data.monthlyPrice,
      usagePrice: data.usagePrice ?? 0,
      includedUsage: data.includedUsage ?? 0,
    },
  });
}

// A VAT-paying subscriber with a full-month line, a line started mid-month and metered
// minutes beyond the included volume.
export async function billedAccount(periodKey: string, isVatPayer = true) {
  const { account, subscriber } = await createAccount();
  await db.subscriber.update({ where: { id: subscriber.id }, data: { isVatPayer } });
  const p = parsePeriod(periodKey);
  const sip = await tariff({ monthlyPrice: 1_500_00, usagePrice: 12_00, includedUsage: 200, usageUnit: "MIN" });
  const vm = await tariff({ monthlyPrice: 30_000_00 });
  const full = await db.subscription.create({
    data: { accountId: account.id, tariffId: sip.id, quantity: 2, startedAt: new Date(Date.UTC(p.year - 1, 0, 1)) },
  });
  // Connected on the 11th, 00:00 Almaty: the days from the 11th to the month's end.
  await db.subscription.create({
    data: { accountId: account.id, tariffId: vm.id, quantity: 1, startedAt: new Date(p.start.getTime() + 10 * 86_400_000) },
  });
  // 450 minutes against 2 × 200 included: 50 minutes beyond, at 12 ₸.
  for (const [day, volume] of [[3, 200], [15, 250]] as const) {
    await db.usageRecord.create({
      data: { accountId: account.id, subscriptionId: full.id, day: new Date(Date.UTC(p.year, p.month - 1, day)), volume },
    });
  }
  // Usage of the next month does not count.
  await db.usageRecord.create({
    data: { accountId: account.id, subscriptionId: full.id, day: new Date(Date.UTC(p.year, p.month, 1)), volume: 999 },
  });
  return account;
}

// Worker passes until no run is due; the outcomes, in order.
export async function drainBillingRuns(options: TBillingPassOptions = {}): Promise<string[]> {
  const outcomes: string[] = [];
  for (;;) {
    const { outcome } = await processBillingRuns(options);
    if (outcome === "idle") return outcomes;
    outcomes.push(outcome);
  }
}
