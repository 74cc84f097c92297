import { randomUUID } from "node:crypto";
import { db } from "../fixtures/db";
import { createPerson, type TPerson } from "../fixtures/people";
import { formatMoney } from "../../lib/money";
import { withCheckDigit } from "../../lib/kz/tax-id";

// Fixtures of the cabinet screens' specs: the seeded demo accounts' figures read straight
// from the database (so the specs check what the screens show against the ledger), and
// documents and notices for the subscribers the specs create.

export const DEMO_PASSWORD = "Kabinet-2026";
export const money = (tiyn: number) => formatMoney(tiyn, "ru").replace(/\u00a0/g, " ");

export async function seededAccount(number: string) {
  const account = await db.account.findUniqueOrThrow({ where: { number }, include: { subscriber: true } });
  const { _sum, _count } = await db.ledgerEntry.aggregate({ where: { accountId: account.id }, _sum: { amount: true }, _count: true });
  return { account, balance: _sum.amount ?? 0, ledgerCount: _count };
}

export async function createDocumentFor(accountId: string, kind = "INVOICE") {
  const suffix = randomUUID().slice(0, 8);
  return db.document.create({
    data: {
      accountId,
      kind,
      number: `E2E-${kind}-${suffix}`,
      issuedAt: new Date(),
      vatRateBp: 1600,
      amountNet: 10_000_00,
      amountVat: 1_600_00,
      amountGross: 11_600_00,
      status: "ISSUED",
      lines: { create: { position: 1, nameRu: "Тестовая услуга", nameKk: "Сынақ қызметі", nameEn: "Test service", unit: "усл.", quantity: 1, unitPrice: 10_000_00, amountNet: 10_000_00 } },
    },
  });
}

export async function createAccountNotice(accountId: string, title: string, severity = "WARNING") {
  return db.notice.create({
    data: {
      audience: "ACCOUNT",
      accountId,
      severity,
      publishAt: new Date(Date.now() - 60_000),
      titleRu: title,
      titleKk: title,
      titleEn: title,
      bodyRu: `Текст: ${title}`,
      bodyKk: `Мәтін: ${title}`,
      bodyEn: `Text: ${title}`,
    },
  });
}

// A random BIN with a valid check digit. (The shared fixture's uniqueBin() cuts a five-digit
// serial to fit eleven digits, so ten consecutive serials share one BIN and a spec that
// creates two subscribers can collide; this one does not depend on it.)
function randomBin(): string {
  for (;;) {
    const bin = withCheckDigit(`2104${4 + Math.floor(Math.random() * 3)}${String(Math.floor(Math.random() * 1_000_000)).padStart(6, "0")}`);
    if (bin) return bin;
  }
}

// A subscriber with one account, its owner and optionally a member with grants.
export async function createCabinet(options: { memberPermissions?: string[]; status?: string; statusReason?: string; billingMethod?: string; creditLimit?: number } = {}) {
  const owner = await createPerson({ prefix: "owner", name: "Владелец Кабинета" });
  const suffix = randomUUID().slice(0, 8);
  let subscriber;
  for (let attempt = 0; !subscriber; attempt += 1) {
    try {
      subscriber = await db.subscriber.create({
        data: {
          kind: "LEGAL",
          name: `ТОО «Кабинет ${suffix}»`,
          shortName: `Кабинет ${suffix}`,
          taxId: randomBin(),
          legalAddress: "010000, Астана, ул. Сығанақ, 1",
          postalAddress: "010000, Астана, ул. Сығанақ, 1",
          iban: "KZ297220000000012345",
          bic: "CASPKZKA",
          isVatPayer: true,
          contactName: owner.name,
          contactEmail: owner.email,
          contactPhone: "+77011112233",
          contractNumber: `CAB-${suffix}`,
          contractDate: new Date(),
        },
      });
    } catch (error) {
      if (attempt > 3) throw error;
    }
  }
  const account = await db.account.create({
    data: {
      number: `C${suffix}`,
      subscriberId: subscriber.id,
      billingMethod: options.billingMethod ?? "POSTPAID",
      creditLimit: options.creditLimit ?? 100_000_00,
      status: options.status ?? "ACTIVE",
      statusReason: options.statusReason ?? null,
      statusChangedAt: options.status && options.status !== "ACTIVE" ? new Date() : null,
    },
  });
  await db.membership.create({ data: { userId: owner.id, accountId: account.id, role: "OWNER" } });
  let member: TPerson | null = null;
  if (options.memberPermissions) {
    member = await createPerson({ prefix: "member", name: "Участник Кабинета" });
    await db.membership.create({ data: { userId: member.id, accountId: account.id, role: "MEMBER", permissions: JSON.stringify(options.memberPermissions) } });
  }
  return { subscriber, account, owner, member };
}
