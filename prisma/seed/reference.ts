import type { TSeedDb } from "./client";

// VAT in Kazakhstan: 12 % until 2025, 16 % from 2026-01-01 (the new Tax Code).
export async function seedVatRates(db: TSeedDb) {
  for (const rate of [
    { validFrom: new Date("2009-01-01T00:00:00Z"), rateBp: 1200 },
    { validFrom: new Date("2026-01-01T00:00:00Z"), rateBp: 1600 },
  ]) {
    await db.vatRate.upsert({ where: { validFrom: rate.validFrom }, update: { rateBp: rate.rateBp }, create: rate });
  }
}

type TTariffSeed = {
  code: string;
  names: [string, string, string];
  unit: string;
  monthlyPrice: number; // tenge
  usagePrice?: number; // tenge per usage unit
  includedUsage?: number;
  allowsPostpaid?: boolean;
};

type TServiceSeed = {
  code: string;
  category: string;
  names: [string, string, string];
  descriptions: [string, string, string];
  usageUnit: string | null;
  isSelfService: boolean;
  tariffs: TTariffSeed[];
};

export const CATALOGUE: TServiceSeed[] = [
  {
    code: "INTERNET",
    category: "CONNECTIVITY",
    names: ["Выделенный доступ в интернет", "Бөлінген интернет желісі", "Dedicated internet access"],
    descriptions: [
      "Симметричный канал по оптике с гарантированной полосой и SLA 99,9 %.",
      "Кепілдендірілген өткізу қабілеті және 99,9 % SLA бар симметриялы оптикалық арна.",
      "Symmetric fibre link with guaranteed bandwidth and a 99.9 % SLA.",
    ],
    usageUnit: "GB",
    isSelfService: true,
    tariffs: [
      { code: "DIA-100", names: ["Бизнес 100 Мбит/с", "Бизнес 100 Мбит/с", "Business 100 Mbit/s"], unit: "PORT", monthlyPrice: 45_000 },
      { code: "DIA-500", names: ["Бизнес 500 Мбит/с", "Бизнес 500 Мбит/с", "Business 500 Mbit/s"], unit: "PORT", monthlyPrice: 120_000 },
      { code: "HOME-200", names: ["Домашний 200 Мбит/с", "Үй 200 Мбит/с", "Home 200 Mbit/s"], unit: "PORT", monthlyPrice: 7_990, allowsPostpaid: false },
    ],
  },
  {
    code: "SIP",
    category: "TELEPHONY",
    names: ["IP-телефония", "IP-телефония", "IP telephony"],
    descriptions: [
      "SIP-линии с городскими номерами Астаны и Алматы; 200 минут в месяц на линию включены.",
      "Астана мен Алматы қалалық нөмірлері бар SIP-желілер; бір желіге айына 200 минут кіреді.",
      "SIP lines with Astana and Almaty city numbers; 200 minutes a month per line included.",
    ],
    usageUnit: "MIN",
    isSelfService: true,
    tariffs: [
      { code: "SIP-LINE", names: ["SIP-линия", "SIP-желі", "SIP line"], unit: "LINE", monthlyPrice: 1_500, usagePrice: 12, includedUsage: 200 },
    ],
  },
  {
    code: "VPS",
    category: "CLOUD",
    names: ["Облачные серверы", "Бұлттық серверлер", "Cloud servers"],
    descriptions: [
      "Виртуальные машины в дата-центре в Астане; данные хранятся в Казахстане.",
      "Астанадағы дата-орталықтағы виртуалды машиналар; деректер Қазақстанда сақталады.",
      "Virtual machines in an Astana data centre; data stays in Kazakhstan.",
    ],
    usageUnit: "VCPU_HOUR",
    isSelfService: true,
    tariffs: [
      { code: "VM-S", names: ["VM Small: 2 vCPU, 4 ГБ", "VM Small: 2 vCPU, 4 ГБ", "VM Small: 2 vCPU, 4 GB"], unit: "VM", monthlyPrice: 9_900 },
      { code: "VM-M", names: ["VM Medium: 4 vCPU, 16 ГБ", "VM Medium: 4 vCPU, 16 ГБ", "VM Medium: 4 vCPU, 16 GB"], unit: "VM", monthlyPrice: 29_900 },
    ],
  },
  {
    code: "STORAGE",
    category: "STORAGE",
    names: ["Объектное хранилище S3", "S3 объектілік қоймасы", "S3 object storage"],
    descriptions: [
      "S3-совместимое хранилище с тройной репликацией.",
      "Үш еселік репликациясы бар S3-үйлесімді қойма.",
      "S3-compatible storage with triple replication.",
    ],
    usageUnit: "GB_MONTH",
    isSelfService: true,
    tariffs: [{ code: "S3-1TB", names: ["Пакет 1 ТБ", "1 ТБ пакеті", "1 TB package"], unit: "TB", monthlyPrice: 18_000 }],
  },
  {
    code: "DID",
    category: "TELEPHONY",
    names: ["Виртуальные номера", "Виртуалды нөмірлер", "Virtual numbers"],
    descriptions: [
      "Городские номера Казахстана с переадресацией на SIP или мобильный.",
      "SIP немесе ұялы телефонға бағыттауы бар Қазақстанның қалалық нөмірлері.",
      "Kazakhstan city numbers forwarded to SIP or a mobile phone.",
    ],
    usageUnit: null,
    isSelfService: true,
    tariffs: [{ code: "DID-CITY", names: ["Городской номер", "Қалалық нөмір", "City number"], unit: "NUMBER", monthlyPrice: 2_000 }],
  },
  {
    code: "ANTIDDOS",
    category: "SECURITY",
    names: ["Защита от DDoS-атак", "DDoS-шабуылдардан қорғау", "DDoS protection"],
    descriptions: [
      "Фильтрация трафика до 100 Гбит/с. Подключение после технического согласования.",
      "100 Гбит/с дейін трафикті сүзу. Техникалық келісімнен кейін қосылады.",
      "Traffic scrubbing up to 100 Gbit/s. Connected after a technical review.",
    ],
    usageUnit: null,
    isSelfService: false,
    tariffs: [{ code: "DDOS-PRO", names: ["Защита Pro", "Pro қорғау", "Protection Pro"], unit: "PACKAGE", monthlyPrice: 150_000 }],
  },
];

export async function seedCatalogue(db: TSeedDb) {
  for (const [position, service] of CATALOGUE.entries()) {
    const data = {
      category: service.category,
      nameRu: service.names[0],
      nameKk: service.names[1],
      nameEn: service.names[2],
      descriptionRu: service.descriptions[0],
      descriptionKk: service.descriptions[1],
      descriptionEn: service.descriptions[2],
      usageUnit: service.usageUnit,
      isSelfService: service.isSelfService,
      position,
    };
    const row = await db.service.upsert({ where: { code: service.code }, update: data, create: { code: service.code, ...data } });
    for (const tariff of service.tariffs) {
      const tariffData = {
        serviceId: row.id,
        nameRu: tariff.names[0],
        nameKk: tariff.names[1],
        nameEn: tariff.names[2],
        unit: tariff.unit,
        monthlyPrice: tariff.monthlyPrice * 100,
        usagePrice: (tariff.usagePrice ?? 0) * 100,
        includedUsage: tariff.includedUsage ?? 0,
        allowsPostpaid: tariff.allowsPostpaid ?? true,
      };
      await db.tariff.upsert({ where: { code: tariff.code }, update: tariffData, create: { code: tariff.code, ...tariffData } });
    }
  }
}
