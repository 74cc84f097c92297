import type { TSeedDb } from "./client";
import { DEMO_PASSWORD } from "./client";
import { clock } from "../../lib/clock";
import { hashPassword } from "../../lib/auth/password";

type TPersonSeed = {
  email: string;
  login: string;
  name: string;
  phone: string;
  locale?: string;
  staffRole?: "SUPPORT" | "ADMIN";
};

export const STAFF: TPersonSeed[] = [
  { email: "admin@kompaas.tech", login: "admin", name: "Ерлан Сатпаев", phone: "+77010000001", staffRole: "ADMIN" },
  { email: "support@kompaas.tech", login: "support", name: "Динара Касымова", phone: "+77010000002", staffRole: "SUPPORT" },
];

export type TSubscriberSeed = {
  kind: "LEGAL" | "SOLE" | "PERSON";
  name: string;
  shortName: string;
  taxId: string;
  legalAddress: string;
  iban: string;
  bic: string;
  bankName: string;
  isVatPayer: boolean;
  contractNumber: string;
  contractDate: string;
  account: { number: string; billingMethod: "PREPAID" | "POSTPAID"; creditLimit: number };
  signatory?: { name: string; position: string };
  owner: TPersonSeed;
  member: TPersonSeed & { permissions: string[] };
  subscriptions: Array<{ tariff: string; quantity: number; startedAt: string }>;
};

export const SUBSCRIBERS: TSubscriberSeed[] = [
  {
    kind: "LEGAL",
    name: "Товарищество с ограниченной ответственностью «Астана Логистик»",
    shortName: "ТОО «Астана Логистик»",
    taxId: "150440001236",
    legalAddress: "010000, г. Астана, район Есиль, пр. Мәңгілік Ел, 55/20, офис 310",
    iban: "KZ297220000000012345",
    bic: "CASPKZKA",
    bankName: "АО «Kaspi Bank»",
    isVatPayer: true,
    contractNumber: "KMP-2025-000001",
    contractDate: "2025-11-03",
    account: { number: "100000001", billingMethod: "POSTPAID", creditLimit: 500_000_00 },
    signatory: { name: "Нурлан Бекович Ахметов", position: "Директор" },
    owner: { email: "owner@astana-logistic.kz", login: "alogistic", name: "Нурлан Ахметов", phone: "+77012345671" },
    member: {
      email: "buh@astana-logistic.kz",
      login: "buhgalter",
      name: "Гульнара Смагулова",
      phone: "+77012345672",
      permissions: ["finance.read", "finance.manage", "documents.read", "notices.read"],
    },
    subscriptions: [
      { tariff: "DIA-500", quantity: 1, startedAt: "2025-11-03" },
      { tariff: "SIP-LINE", quantity: 10, startedAt: "2025-11-03" },
      { tariff: "VM-M", quantity: 3, startedAt: "2025-12-01" },
      { tariff: "S3-1TB", quantity: 2, startedAt: "2026-02-01" },
    ],
  },
  {
    kind: "SOLE",
    name: "Индивидуальный предприниматель «Жумабаев Арман Кайратович»",
    shortName: "ИП «Жумабаев А.К.»",
    taxId: "170540004569",
    legalAddress: "050000, г. Алматы, Медеуский район, ул. Қабанбай батыр, 83, кв. 12",
    iban: "KZ695600000000067890",
    bic: "KCJBKZKX",
    bankName: "АО «Банк ЦентрКредит»",
    isVatPayer: false,
    contractNumber: "KMP-2025-000002",
    contractDate: "2025-11-10",
    account: { number: "100000002", billingMethod: "PREPAID", creditLimit: 0 },
    signatory: { name: "Арман Кайратович Жумабаев", position: "Индивидуальный предприниматель" },
    owner: { email: "arman@zhumabayev.kz", login: "zhumabayev", name: "Арман Жумабаев", phone: "+77052345671", locale: "kk" },
    member: {
      email: "it@zhumabayev.kz",
      login: "engineer",
      name: "Тимур Оспанов",
      phone: "+77052345672",
      permissions: ["services.read", "services.manage", "statistics.read", "notices.read"],
    },
    subscriptions: [
      { tariff: "DIA-100", quantity: 1, startedAt: "2025-11-10" },
      { tariff: "VM-S", quantity: 2, startedAt: "2025-11-10" },
      { tariff: "DID-CITY", quantity: 2, startedAt: "2026-03-01" },
    ],
  },
  {
    kind: "PERSON",
    name: "Әбдірахманова Сәуле Қайратқызы",
    shortName: "Әбдірахманова С.Қ.",
    taxId: "901201400347",
    legalAddress: "160000, г. Шымкент, мкр. Нурсат, д. 12, кв. 45",
    iban: "KZ119491000000013579",
    bic: "HSBKKZKX",
    bankName: "АО «Народный Банк Казахстана»",
    isVatPayer: false,
    contractNumber: "KMP-2025-000003",
    contractDate: "2025-11-20",
    account: { number: "100000003", billingMethod: "PREPAID", creditLimit: 0 },
    owner: { email: "saule@example.kz", login: "saule", name: "Сәуле Әбдірахманова", phone: "+77072345671", locale: "kk" },
    member: {
      email: "daniyar@example.kz",
      login: "daniyar",
      name: "Данияр Әбдірахманов",
      phone: "+77072345672",
      permissions: ["statistics.read", "notices.read"],
    },
    subscriptions: [
      { tariff: "HOME-200", quantity: 1, startedAt: "2025-11-20" },
      { tariff: "S3-1TB", quantity: 1, startedAt: "2026-01-15" },
    ],
  },
];

// A registered person without a contract: the trial cabinet.
export const TRIAL_USER: TPersonSeed = { email: "trial@example.kz", login: "trial", name: "Алия Серикова", phone: "+77771234567" };

let passwordHash: string | undefined;

async function upsertPerson(db: TSeedDb, person: TPersonSeed) {
  passwordHash ??= await hashPassword(DEMO_PASSWORD);
  const data = {
    login: person.login,
    loginKey: person.login.toLowerCase(),
    name: person.name,
    phone: person.phone,
    locale: person.locale ?? "ru",
    staffRole: person.staffRole ?? null,
    status: "ACTIVE",
  };
  return db.user.upsert({
    where: { email: person.email },
    update: {},
    create: { email: person.email, passwordHash, activatedAt: new Date("2025-11-01T09:00:00Z"), ...data },
  });
}

// Demo customers accepted the agreement in force when they registered, so a demo sign-in
// opens the cabinet rather than the "the agreement changed" screen.
async function acceptCurrentAgreement(db: TSeedDb, userId: string) {
  const current = await db.agreementVersion.findFirst({
    where: { kind: "AGREEMENT", effectiveAt: { lte: clock.now() } },
    orderBy: { effectiveAt: "desc" },
  });
  if (!current || (await db.agreementAcceptance.count({ where: { userId, versionId: current.id } }))) return;
  await db.agreementAcceptance.create({
    data: { userId, versionId: current.id, method: "REGISTRATION", ip: "127.0.0.1", userAgent: "demo seed" },
  });
}

export async function seedPeople(db: TSeedDb) {
  for (const person of [...STAFF, TRIAL_USER]) await upsertPerson(db, person);
  await acceptCurrentAgreement(db, (await upsertPerson(db, TRIAL_USER)).id);

  const offer = await db.agreementVersion.findFirst({ where: { kind: "OFFER" }, orderBy: { effectiveAt: "asc" } });
  for (const s of SUBSCRIBERS) {
    const subscriberData = {
      kind: s.kind,
      name: s.name,
      shortName: s.shortName,
      legalAddress: s.legalAddress,
      postalAddress: s.legalAddress,
      iban: s.iban,
      bic: s.bic,
      bankName: s.bankName,
      isVatPayer: s.isVatPayer,
      contactName: s.owner.name,
      contactEmail: s.owner.email,
      contactPhone: s.owner.phone,
      signatoryName: s.signatory?.name,
      signatoryPosition: s.signatory?.position,
      signatoryAuthority: s.signatory ? "CHARTER" : null,
      contractNumber: s.contractNumber,
      contractDate: new Date(`${s.contractDate}T00:00:00Z`),
      offerVersionId: offer?.id,
    };
    const subscriber = await db.subscriber.upsert({
      where: { taxId: s.taxId },
      update: {},
      create: { taxId: s.taxId, ...subscriberData },
    });
    const account = await db.account.upsert({
      where: { number: s.account.number },
      update: {},
      create: { subscriberId: subscriber.id, ...s.account, createdAt: subscriberData.contractDate },
    });
    const owner = await upsertPerson(db, s.owner);
    const member = await upsertPerson(db, s.member);
    await acceptCurrentAgreement(db, owner.id);
    await acceptCurrentAgreement(db, member.id);
    for (const [user, role, permissions] of [
      [owner, "OWNER", []],
      [member, "MEMBER", s.member.permissions],
    ] as const) {
      await db.membership.upsert({
        where: { userId_accountId: { userId: user.id, accountId: account.id } },
        update: {},
        create: { userId: user.id, accountId: account.id, role, permissions: JSON.stringify([...permissions].sort()) },
      });
    }
    if ((await db.subscription.count({ where: { accountId: account.id } })) === 0) {
      for (const sub of s.subscriptions) {
        const tariff = await db.tariff.findUniqueOrThrow({ where: { code: sub.tariff } });
        await db.subscription.create({
          data: { accountId: account.id, tariffId: tariff.id, quantity: sub.quantity, startedAt: new Date(`${sub.startedAt}T00:00:00Z`) },
        });
      }
    }
    const sequence = `KMP-${s.contractDate.slice(0, 4)}`;
    const serial = Number(s.contractNumber.slice(-6));
    const current = await db.contractSequence.findUnique({ where: { id: sequence } });
    if (!current || current.lastValue < serial) {
      await db.contractSequence.upsert({ where: { id: sequence }, update: { lastValue: serial }, create: { id: sequence, lastValue: serial } });
    }
  }
}
