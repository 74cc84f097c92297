// The large database for `npm run bench`: 10,000 subscribers with an owner each, their
// subscriptions, 1,000,000 usage rows, 100,000 documents with lines and a ledger, in a
// separate file (data/large.db) so the demo database stays small.
//
//   npx tsx prisma/seed-large.ts        (skips when data/large.db is already built)
//
// The small reference tables go through the same Prisma seed functions as the demo; the
// bulk rows are written with better-sqlite3 directly (prepared statements, one
// transaction per table chunk), in the exact text the Prisma SQLite adapter writes:
// DateTime as '2026-11-24T21:24:01.150+00:00', Boolean as 0/1. The file is built under a
// temporary name and renamed at the end, so a crash never leaves a half-built database
// that the next run would take for a finished one.
import { execSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import Database from "better-sqlite3";
import { hashPassword } from "../lib/auth/password";
import { createSeedClient, DEMO_PASSWORD } from "./seed/client";
import { seedAgreements } from "./seed/agreements";
import { seedCatalogue, seedVatRates } from "./seed/reference";
import { withCheckDigit } from "../lib/kz/tax-id";
import { clock } from "../lib/clock";

export const LARGE_DB_FILE = "data/large.db";
const BUILD_FILE = "data/large.building.db";

const ACCOUNTS = 10_000;
const USAGE_DAYS = 50; // per usage-bearing subscription; two per account → 1,000,000 rows
const DOCUMENT_MONTHS = 3; // INVOICE + ACT + TAX_INVOICE a month, plus one top-up invoice → 10 per account
const LEDGER_MONTHS = 12;
const DAY_MS = 86_400_000;

// What the Prisma SQLite adapter stores for a DateTime.
const iso = (date: Date) => date.toISOString().replace("Z", "+00:00");
const pad = (n: number, width: number) => String(n).padStart(width, "0");

// A small deterministic generator: the same database on every machine.
let seed = 20261124;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
}

// Almaty's calendar day (UTC+5, no DST) as the midnight-UTC Date usage records use.
function almatyToday(): Date {
  const now = new Date(clock.nowMs() + 5 * 3_600_000);
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

const FIRST_NAMES = ["Нурлан", "Айгерим", "Ерлан", "Дина", "Асхат", "Сәуле", "Тимур", "Жанар", "Қайрат", "Әсел", "Ұлан", "Гүлнар"];
const LAST_NAMES = ["Ахметов", "Серикова", "Жумабаев", "Оспанова", "Қасымов", "Әбдірахманова", "Нұрланов", "Байжанова", "Төлеуов", "Искакова"];
const CITIES = ["г. Астана", "г. Алматы", "г. Шымкент", "г. Қарағанды", "г. Ақтөбе", "г. Өскемен"];

type TTariff = { id: string; code: string; monthlyPrice: number; unit: string; nameRu: string; nameKk: string; nameEn: string; usageUnit: string | null };

async function seedReference(url: string) {
  const db = createSeedClient(url);
  try {
    await seedVatRates(db);
    await seedAgreements(db);
    await seedCatalogue(db);
  } finally {
    await db.$disconnect();
  }
}

function bulkInsert(sqlite: Database.Database, passwordHash: string) {
  const tariffs = sqlite
    .prepare(
      `SELECT t.id, t.code, t.monthlyPrice, t.unit, t.nameRu, t.nameKk, t.nameEn, s.usageUnit
       FROM Tariff t JOIN Service s ON s.id = t.serviceId`,
    )
    .all() as TTariff[];
  const tariff = (code: string) => {
    const found = tariffs.find((t) => t.code === code);
    if (!found) throw new Error(`No tariff ${code}`);
    return found;
  };
  const offerId = (sqlite.prepare(`SELECT id FROM AgreementVersion WHERE kind = 'OFFER' ORDER BY effectiveAt LIMIT 1`).get() as { id: string }).id;
  // Every owner has accepted every published agreement version, so no consent screen
  // stands between the benchmark's users and their cabinet.
  const agreementIds = (sqlite.prepare(`SELECT id FROM AgreementVersion WHERE kind = 'AGREEMENT' ORDER BY effectiveAt`).all() as Array<{ id: string }>).map((r) => r.id);

  const insert = {
    user: sqlite.prepare(
      `INSERT INTO User (id, email, login, loginKey, passwordHash, name, phone, locale, status, failedLoginCount, createdAt, activatedAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', 0, ?, ?, ?)`,
    ),
    subscriber: sqlite.prepare(
      `INSERT INTO Subscriber (id, kind, name, shortName, taxId, legalAddress, postalAddress, iban, bic, bankName, isVatPayer,
         contactName, contactEmail, contactPhone, signatoryName, signatoryPosition, signatoryAuthority, contractNumber, contractDate,
         offerVersionId, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    account: sqlite.prepare(
      `INSERT INTO Account (id, number, subscriberId, billingMethod, creditLimit, status, statusReason, statusChangedAt, requireTotp, providerAccessConsent, createdAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?)`,
    ),
    acceptance: sqlite.prepare(
      `INSERT INTO AgreementAcceptance (id, userId, versionId, method, subscriberId, ip, userAgent, acceptedAt) VALUES (?, ?, ?, ?, ?, '127.0.0.1', 'seed-large', ?)`,
    ),
    membership: sqlite.prepare(
      `INSERT INTO Membership (id, userId, accountId, role, permissions, status, createdAt, updatedAt) VALUES (?, ?, ?, 'OWNER', '[]', 'ACTIVE', ?, ?)`,
    ),
    subscription: sqlite.prepare(
      `INSERT INTO Subscription (id, accountId, tariffId, quantity, status, startedAt, endedAt, createdAt) VALUES (?, ?, ?, ?, 'ACTIVE', ?, NULL, ?)`,
    ),
    suspension: sqlite.prepare(`INSERT INTO AccountSuspension (id, accountId, startedAt, endedAt) VALUES (?, ?, ?, NULL)`),
    usage: sqlite.prepare(`INSERT INTO UsageRecord (id, accountId, subscriptionId, day, volume) VALUES (?, ?, ?, ?, ?)`),
    document: sqlite.prepare(
      `INSERT INTO Document (id, accountId, kind, number, issuedAt, periodStart, periodEnd, vatRateBp, amountNet, amountVat, amountGross, status, dueAt, createdAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    line: sqlite.prepare(
      `INSERT INTO DocumentLine (id, documentId, position, nameRu, nameKk, nameEn, unit, quantity, unitPrice, amountNet) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    ledger: sqlite.prepare(
      `INSERT INTO LedgerEntry (id, accountId, kind, amount, descriptionRu, descriptionKk, descriptionEn, occurredAt, period, subscriptionId, documentId, createdAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    notice: sqlite.prepare(
      `INSERT INTO Notice (id, audience, accountId, kind, severity, titleRu, titleKk, titleEn, bodyRu, bodyKk, bodyEn, publishAt, createdAt)
       VALUES (?, ?, ?, 'GENERAL', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };

  const today = almatyToday();
  const now = iso(clock.now());
  const counts = { usage: 0, documents: 0, lines: 0, ledger: 0, subscriptions: 0 };
  const vatBp = 1600;

  const insertAccount = (i: number) => {
    const n = pad(i, 5);
    const kind = (["LEGAL", "SOLE", "PERSON"] as const)[i % 3];
    const person = `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7) % LAST_NAMES.length]}`;
    const city = CITIES[i % CITIES.length];
    const created = new Date(Date.UTC(2025, 9, 1) + (i % 30) * DAY_MS);
    const userId = `lu${n}`;
    const subscriberId = `ls${n}`;
    const accountId = `la${n}`;
    const login = `bench-${n}`;
    insert.user.run(userId, `${login}@bench.kz`, login, login, passwordHash, person, `+7701${pad(i, 7)}`, "ru", iso(created), iso(created), now);
    const name = kind === "LEGAL" ? `ТОО «Бенч ${n}»` : kind === "SOLE" ? `ИП «${person}»` : person;
    insert.subscriber.run(
      subscriberId, kind, name, name, taxIdFor(i), `${city}, ул. Абая, ${i % 200}`, `${city}, ул. Абая, ${i % 200}`,
      "KZ297220000000012345", "CASPKZKA", "АО «Kaspi Bank»", kind === "LEGAL" ? 1 : 0, person, `${login}@bench.kz`,
      `+7701${pad(i, 7)}`, kind === "PERSON" ? null : person, kind === "PERSON" ? null : "Директор", kind === "PERSON" ? null : "CHARTER",
      `KMP-L-${n}`, iso(created), offerId, iso(created), now,
    );
    const isSuspended = i % 97 === 0;
    insert.account.run(
      accountId, `2${pad(i, 8)}`, subscriberId, kind === "LEGAL" ? "POSTPAID" : "PREPAID", kind === "LEGAL" ? 300_000_00 : 0,
      isSuspended ? "SUSPENDED" : "ACTIVE", isSuspended ? "Задолженность по оплате" : null, isSuspended ? now : null, iso(created),
    );
    if (isSuspended) insert.suspension.run(`lx${n}`, accountId, now);
    insert.membership.run(`lm${n}`, userId, accountId, iso(created), now);
    agreementIds.forEach((versionId, k) => insert.acceptance.run(`lg${n}${k}`, userId, versionId, k === 0 ? "REGISTRATION" : "CONTINUED_USE", null, iso(created)));
    insert.acceptance.run(`lg${n}o`, userId, offerId, "ACCESSION", subscriberId, iso(created));

    // Three subscriptions: a line, one more usage-bearing service, and city numbers.
    const plan = [
      { t: tariff(kind === "PERSON" ? "HOME-200" : i % 2 ? "DIA-100" : "DIA-500"), qty: 1 },
      { t: tariff((["SIP-LINE", "VM-S", "VM-M", "S3-1TB"] as const)[i % 4]), qty: 1 + (i % 5) },
      { t: tariff("DID-CITY"), qty: 1 + (i % 3) },
    ];
    const subs = plan.map((p, k) => {
      const id = `lb${n}${k}`;
      insert.subscription.run(id, accountId, p.t.id, p.qty, iso(created), iso(created));
      counts.subscriptions += 1;
      return { id, ...p };
    });

    for (const sub of subs.filter((s) => s.t.usageUnit)) {
      const scale = { GB: 40, MIN: 90, VCPU_HOUR: 48, GB_MONTH: 700 }[sub.t.usageUnit as "GB"] * sub.qty;
      for (let d = USAGE_DAYS; d >= 1; d -= 1) {
        const day = new Date(today.getTime() - d * DAY_MS);
        const volume = Math.round(scale * (0.5 + random()) * 1000) / 1000;
        insert.usage.run(`lr${counts.usage.toString(36)}`, accountId, sub.id, iso(day), volume);
        counts.usage += 1;
      }
    }

    // A year of ledger: each month a charge per subscription and one payment.
    const monthly = subs.reduce((sum, s) => sum + s.t.monthlyPrice * s.qty, 0);
    for (let m = LEDGER_MONTHS; m >= 1; m -= 1) {
      const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - m, 1));
      const period = `${start.getUTCFullYear()}-${pad(start.getUTCMonth() + 1, 2)}`;
      for (const s of subs) {
        insert.ledger.run(
          `ll${counts.ledger.toString(36)}`, accountId, "CHARGE", -(s.t.monthlyPrice * s.qty + vatOf(s.t.monthlyPrice * s.qty)),
          `${s.t.nameRu}, ${period}`, `${s.t.nameKk}, ${period}`, `${s.t.nameEn}, ${period}`, iso(new Date(start.getTime() + 27 * DAY_MS)),
          period, s.id, null, now,
        );
        counts.ledger += 1;
      }
      insert.ledger.run(
        `ll${counts.ledger.toString(36)}`, accountId, "PAYMENT", monthly + vatOf(monthly), "Оплата по счёту", "Шот бойынша төлем", "Payment",
        iso(new Date(start.getTime() + 5 * DAY_MS)), null, null, null, now,
      );
      counts.ledger += 1;
    }

    // Documents: the last months' invoice, act and tax invoice, and one top-up invoice.
    const addDocument = (kind: string, issued: Date, periodStart: Date | null, periodEnd: Date | null, lines: Array<{ t: TTariff; qty: number }>, status: string) => {
      const id = `ld${counts.documents.toString(36)}`;
      const prefix = { INVOICE: "INV", ACT: "ACT", TAX_INVOICE: "TXI" }[kind as "ACT"];
      const net = lines.reduce((sum, l) => sum + l.t.monthlyPrice * l.qty, 0);
      const vat = vatOf(net);
      insert.document.run(
        id, accountId, kind, `${prefix}-L-${pad(counts.documents + 1, 7)}`, iso(issued), periodStart && iso(periodStart), periodEnd && iso(periodEnd),
        vatBp, net, vat, net + vat, status, kind === "INVOICE" ? iso(new Date(issued.getTime() + 10 * DAY_MS)) : null, iso(issued),
      );
      counts.documents += 1;
      lines.forEach((l, position) => {
        insert.line.run(`lx${counts.lines.toString(36)}`, id, position + 1, l.t.nameRu, l.t.nameKk, l.t.nameEn, l.t.unit, l.qty, l.t.monthlyPrice, l.t.monthlyPrice * l.qty);
        counts.lines += 1;
      });
    };
    for (let m = DOCUMENT_MONTHS; m >= 1; m -= 1) {
      const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - m, 1));
      const end = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - m + 1, 0));
      const issued = new Date(end.getTime() + DAY_MS + 4 * 3_600_000);
      for (const kind of ["INVOICE", "ACT", "TAX_INVOICE"]) addDocument(kind, issued, start, end, subs, m === 1 && kind === "INVOICE" ? "ISSUED" : "PAID");
    }
    addDocument("INVOICE", new Date(today.getTime() - 3 * DAY_MS), null, null, [subs[0]], "ISSUED");

    insert.notice.run(
      `ln${n}`, "ACCOUNT", accountId, "INFO", "Счёт за месяц выставлен", "Айлық шот шығарылды", "The monthly invoice is issued",
      "Счёт на оплату доступен в разделе «Документы».", "Төлем шоты «Құжаттар» бөлімінде қолжетімді.", "The invoice is in Documents.",
      iso(new Date(today.getTime() - 2 * DAY_MS)), now,
    );
  };

  // 12 digits with a valid check digit; a prefix whose check digit would be 10 is skipped.
  function taxIdFor(i: number): string {
    for (let prefix = 20; prefix < 30; prefix += 1) {
      const value = withCheckDigit(`${prefix}014${pad(i, 6)}`);
      if (value) return value;
    }
    throw new Error(`No tax id for ${i}`);
  }
  function vatOf(net: number) {
    return Math.round((net * vatBp) / 10_000);
  }

  const chunk = 500;
  for (let from = 1; from <= ACCOUNTS; from += chunk) {
    sqlite.transaction(() => {
      for (let i = from; i < Math.min(from + chunk, ACCOUNTS + 1); i += 1) insertAccount(i);
    })();
    if ((from - 1) % 2_500 === 0) process.stdout.write(`  accounts ${from - 1}/${ACCOUNTS}\n`);
  }
  sqlite.transaction(() => {
    for (let k = 1; k <= 5; k += 1) {
      insert.notice.run(
        `lnall${k}`, "ALL", null, k === 1 ? "WARNING" : "INFO", `Новость провайдера №${k}`, `Провайдер жаңалығы №${k}`, `Provider news #${k}`,
        "Подробности на сайте провайдера.", "Толығырақ провайдер сайтында.", "Details on the provider's site.", iso(new Date(today.getTime() - k * 7 * DAY_MS)), now,
      );
    }
  })();
  return counts;
}

async function main() {
  if (existsSync(LARGE_DB_FILE)) {
    console.log(`${LARGE_DB_FILE} is already built: nothing to do (delete it to rebuild).`);
    return;
  }
  const started = clock.nowMs();
  mkdirSync("data", { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${BUILD_FILE}${suffix}`, { force: true });
  const url = `file:./${BUILD_FILE}`;
  execSync("npx prisma migrate deploy", { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DATABASE_URL: url } });
  await seedReference(url);

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const sqlite = new Database(BUILD_FILE);
  sqlite.pragma("journal_mode = OFF");
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -200000");
  const counts = bulkInsert(sqlite, passwordHash);
  sqlite.exec("ANALYZE");
  sqlite.pragma("journal_mode = DELETE");
  sqlite.close();
  renameSync(BUILD_FILE, LARGE_DB_FILE);

  const seconds = ((clock.nowMs() - started) / 1000).toFixed(1);
  console.log(
    `${LARGE_DB_FILE} built in ${seconds} s: ${ACCOUNTS} accounts and owners (logins bench-00001…bench-${pad(ACCOUNTS, 5)}, password ${DEMO_PASSWORD}), ` +
      `${counts.subscriptions} subscriptions, ${counts.usage} usage rows, ${counts.documents} documents with ${counts.lines} lines, ${counts.ledger} ledger rows.`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
