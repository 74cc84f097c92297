import { db } from "../fixtures/db";
import { createSubscriber } from "../fixtures/people";
import { clock } from "../../lib/clock";

const DAY_MS = 86_400_000;

// Today in Almaty as the midnight-UTC Date that UsageRecord.day stores.
export function almatyDay(offsetDays = 0): Date {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Almaty", year: "numeric", month: "2-digit", day: "2-digit" }).format(clock.now());
  return new Date(new Date(`${today}T00:00:00Z`).getTime() + offsetDays * DAY_MS);
}

// A fresh subscriber whose figures the specs know: internet DIA-100 ×1 with 10.5 GB on each
// of the last 10 days, SIP-LINE ×3 with 20 minutes on 3 days, a disconnected VM and, older
// than the default 30-day period, 1000 GB that must not be counted.
export async function createSubscriberWithUsage(options: { memberPermissions?: string[] } = {}) {
  const subscriber = await createSubscriber(options);
  const accountId = subscriber.account.id;
  const tariff = (code: string) => db.tariff.findUniqueOrThrow({ where: { code } });
  const internet = await db.subscription.create({
    data: { accountId, tariffId: (await tariff("DIA-100")).id, quantity: 1, startedAt: new Date("2026-01-15T00:00:00Z") },
  });
  const sip = await db.subscription.create({
    data: { accountId, tariffId: (await tariff("SIP-LINE")).id, quantity: 3, startedAt: new Date("2026-02-01T00:00:00Z") },
  });
  await db.subscription.create({
    data: {
      accountId,
      tariffId: (await tariff("VM-S")).id,
      quantity: 2,
      status: "DISCONNECTED",
      startedAt: new Date("2026-01-15T00:00:00Z"),
      endedAt: new Date("2026-06-30T00:00:00Z"),
    },
  });
  await db.usageRecord.createMany({
    data: [
      ...Array.from({ length: 10 }, (_, i) => ({ accountId, subscriptionId: internet.id, day: almatyDay(-i), volume: 10.5 })),
      ...[1, 2, 3].map((i) => ({ accountId, subscriptionId: sip.id, day: almatyDay(-i), volume: 20 })),
      { accountId, subscriptionId: internet.id, day: almatyDay(-40), volume: 1000 },
    ],
  });
  return subscriber;
}
