import { randomInt, randomUUID } from "node:crypto";
import { db } from "../fixtures/db";
import { createPerson, type TPerson } from "../fixtures/people";
import { withCheckDigit } from "../../lib/kz/tax-id";

const DAY_MS = 86_400_000;

// Today in Almaty as the midnight-UTC Date that UsageRecord.day stores.
export function almatyDay(offsetDays = 0): Date {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Almaty", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  return new Date(new Date(`${today}T00:00:00Z`).getTime() + offsetDays * DAY_MS);
}

// A BIN drawn from a million values, so parallel workers do not collide.
function randomBin(): string {
  for (;;) {
    const bin = withCheckDigit(`21054${String(randomInt(1_000_000)).padStart(6, "0")}`);
    if (bin) return bin;
  }
}

// A subscriber with one account, its owner, and optionally a member with grants.
export async function createTenant(options: { memberPermissions?: string[] } = {}) {
  const owner = await createPerson({ prefix: "owner", name: "Владелец Кабинета" });
  const suffix = randomUUID().slice(0, 8);
  const subscriber = await db.subscriber.create({
    data: {
      kind: "LEGAL",
      name: `ТОО «E2E ${suffix}»`,
      shortName: `E2E ${suffix}`,
      taxId: randomBin(),
      legalAddress: "010000, Астана, ул. Тестовая, 1",
      postalAddress: "010000, Астана, ул. Тестовая, 1",
      iban: "KZ297220000000012345",
      bic: "CASPKZKA",
      isVatPayer: true,
      contactName: owner.name,
      contactEmail: owner.email,
      contactPhone: "+77011112233",
      contractNumber: `E2E-S-${suffix}`,
      contractDate: new Date(),
    },
  });
  const account = await db.account.create({
    data: { number: `S${suffix}`, subscriberId: subscriber.id, billingMethod: "POSTPAID", creditLimit: 100_000_00, status: "ACTIVE" },
  });
  await db.membership.create({ data: { userId: owner.id, accountId: account.id, role: "OWNER" } });
  let member: TPerson | null = null;
  if (options.memberPermissions) {
    member = await createPerson({ prefix: "member", name: "Участник Кабинета" });
    await db.membership.create({
      data: { userId: member.id, accountId: account.id, role: "MEMBER", permissions: JSON.stringify(options.memberPermissions) },
    });
  }
  return { subscriber, account, owner, member };
}

// A fresh subscriber whose figures the specs know: internet DIA-100 ×1 with 10.5 GB on each
// of the last 10 days, SIP-LINE ×3 with 20 minutes on 3 days, a disconnected VM and, older
// than the default 30-day period, 1000 GB that must not be counted.
export async function createSubscriberWithUsage(options: { memberPermissions?: string[] } = {}) {
  const subscriber = await createTenant(options);
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
