import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { withCheckDigit } from "@/lib/kz/tax-id";

// Reference data the accession needs in the unit-test database (which has no seed): VAT
// rates, a public offer and a small catalogue with its own codes. Upserts, so every test
// file may call it.
export async function seedAccessionReference() {
  for (const rate of [
    { validFrom: new Date("2009-01-01T00:00:00Z"), rateBp: 1200 },
    { validFrom: new Date("2026-01-01T00:00:00Z"), rateBp: 1600 },
  ]) {
    await db.vatRate.upsert({ where: { validFrom: rate.validFrom }, update: {}, create: rate });
  }
  const offerText = { titleRu: "Публичная оферта", titleKk: "Жария оферта", titleEn: "Public offer" };
  await db.agreementVersion.upsert({
    where: { kind_version: { kind: "OFFER", version: "1.0" } },
    update: {},
    create: {
      kind: "OFFER",
      version: "1.0",
      effectiveAt: new Date("2025-10-01T00:00:00+05:00"),
      ...offerText,
      bodyRu: "## Оферта\n1. Текст.",
      bodyKk: "## Оферта\n1. Мәтін.",
      bodyEn: "## Offer\n1. Text.",
    },
  });
  const service = async (code: string, isSelfService: boolean) => {
    const data = {
      category: "CONNECTIVITY",
      nameRu: `Услуга ${code}`,
      nameKk: `Қызмет ${code}`,
      nameEn: `Service ${code}`,
      descriptionRu: "Описание",
      descriptionKk: "Сипаттама",
      descriptionEn: "Description",
      isSelfService,
    };
    return db.service.upsert({ where: { code }, update: {}, create: { code, ...data } });
  };
  const tariff = async (code: string, serviceId: string, monthlyPrice: number, allowsPostpaid: boolean) =>
    db.tariff.upsert({
      where: { code },
      update: {},
      create: { code, serviceId, nameRu: `Тариф ${code}`, nameKk: `Тариф ${code} (қаз.)`, nameEn: `Tariff ${code}`, unit: "PORT", monthlyPrice, allowsPostpaid },
    });
  const net = await service("T-ACC-NET", true);
  const ddos = await service("T-ACC-DDOS", false);
  return {
    dia: await tariff("T-ACC-DIA", net.id, 45_000_00, true),
    home: await tariff("T-ACC-HOME", net.id, 7_990_00, false),
    ddos: await tariff("T-ACC-DDOS-PRO", ddos.id, 150_000_00, true),
  };
}

let iinSerial = Math.floor(Math.random() * 9000);
let binSerial = Math.floor(Math.random() * 9000);

// A valid BIN of a legal entity registered in April 2021 (5th digit 4). Not
// test/factories' uniqueBin: its serial can grow to 5 digits, giving 13-digit numbers.
export function uniqueBin(): string {
  for (;;) {
    binSerial = (binSerial + 1) % 10_000;
    const bin = withCheckDigit(`2104401${String(binSerial).padStart(4, "0")}`);
    if (bin) return bin;
  }
}

// An IIN of someone born on 1 December 1990 (5th digit 0: the day's first digit).
export function uniqueIin(): string {
  for (;;) {
    iinSerial = (iinSerial + 1) % 10_000;
    const iin = withCheckDigit(`9012013${String(iinSerial).padStart(4, "0")}`);
    if (iin) return iin;
  }
}

type TTariffs = Awaited<ReturnType<typeof seedAccessionReference>>;

// The values a person types into each step, for a legal entity or a private person.
export function stepValues(kind: "LEGAL" | "PERSON", tariffs: TTariffs, taxId = kind === "LEGAL" ? uniqueBin() : uniqueIin()) {
  const suffix = randomUUID().slice(0, 6);
  const isLegal = kind === "LEGAL";
  return {
    kind: { kind },
    requisites: {
      taxId,
      name: isLegal ? `Товарищество с ограниченной ответственностью «Өркен ${suffix}»` : `Әбілқасымова Гүлнұр Серікқызы ${suffix}`,
      shortName: isLegal ? `ТОО «Өркен ${suffix}»` : "Әбілқасымова Г.С.",
      legalAddress: "010000, Астана, ул. Қабанбай батыр, 17",
      postalAddress: "",
      postalSameAsLegal: true,
      iban: "KZ297220000000012345",
      bic: "CASPKZKA",
      bankName: "АО «Kaspi Bank»",
      isVatPayer: isLegal,
    },
    contacts: {
      contactName: "Гүлнұр Әбілқасымова",
      contactEmail: `contact-${suffix}@test.kz`,
      contactPhone: "+7 701 555 12 34",
      signatoryName: isLegal ? "Ерлан Қайратұлы Сәтбаев" : "",
      signatoryPosition: isLegal ? "Директор" : "",
      signatoryAuthority: isLegal ? "POWER_OF_ATTORNEY" : "",
      poaNumber: isLegal ? "17/2026" : "",
      poaDate: isLegal ? "2026-01-15" : "",
    },
    services: {
      billingMethod: isLegal ? "POSTPAID" : "PREPAID",
      items: isLegal
        ? [
            { tariffId: tariffs.dia.id, selected: true, quantity: 2 },
            { tariffId: tariffs.ddos.id, selected: true, quantity: 1 },
            { tariffId: tariffs.home.id, selected: false, quantity: 1 },
          ]
        : [{ tariffId: tariffs.home.id, selected: true, quantity: 1 }],
    },
  };
}
