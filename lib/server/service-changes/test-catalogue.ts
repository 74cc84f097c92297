// A catalogue of its own for each service-change test (unique codes), and the dated VAT
// rates the charges need.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { clock } from "@/lib/clock";

export async function ensureVatRates() {
  for (const rate of [
    { validFrom: new Date("2009-01-01T00:00:00Z"), rateBp: 1200 },
    { validFrom: new Date("2026-01-01T00:00:00Z"), rateBp: 1600 },
  ]) {
    await db.vatRate.upsert({ where: { validFrom: rate.validFrom }, update: {}, create: rate });
  }
}

export async function createCatalogue() {
  await ensureVatRates();
  const tag = randomUUID().slice(0, 8);
  const names = (name: string) => ({ nameRu: name, nameKk: `${name} (kk)`, nameEn: `${name} (en)` });
  const service = (code: string, isSelfService: boolean) =>
    db.service.create({
      data: {
        code: `${code}-${tag}`,
        category: "CLOUD",
        ...names(code),
        descriptionRu: code,
        descriptionKk: code,
        descriptionEn: code,
        isSelfService,
      },
    });
  const vps = await service("VPS", true);
  const ddos = await service("DDOS", false);
  const tariff = (serviceId: string, code: string, monthlyPrice: number, allowsPostpaid = true) =>
    db.tariff.create({ data: { serviceId, code: `${code}-${tag}`, ...names(code), unit: "VM", monthlyPrice, allowsPostpaid } });
  return {
    small: await tariff(vps.id, "VM-S", 9_900_00),
    medium: await tariff(vps.id, "VM-M", 29_900_00),
    prepaidOnly: await tariff(vps.id, "VM-HOME", 3_000_00, false),
    protection: await tariff(ddos.id, "DDOS-PRO", 150_000_00),
  };
}

export async function pay(accountId: string, amount: number) {
  await db.ledgerEntry.create({
    data: { accountId, kind: "PAYMENT", amount, descriptionRu: "Оплата", descriptionKk: "Төлем", descriptionEn: "Payment", occurredAt: clock.now() },
  });
}
