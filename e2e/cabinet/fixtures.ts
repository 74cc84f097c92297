import { randomUUID } from "node:crypto";
import { db } from "../fixtures/db";
import { formatMoney } from "../../lib/money";
import { clock } from "../../lib/clock";

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
      issuedAt: clock.now(),
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
      publishAt: new Date(clock.nowMs() - 60_000),
      titleRu: title,
      titleKk: title,
      titleEn: title,
      bodyRu: `Текст: ${title}`,
      bodyKk: `Мәтін: ${title}`,
      bodyEn: `Text: ${title}`,
    },
  });
}

