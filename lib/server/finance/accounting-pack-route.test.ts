import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { unzipSync } from "fflate";
import { extractText } from "unpdf";
import { db } from "@/lib/db";
import { clock } from "@/lib/clock";
import { ACCOUNT_COOKIE } from "@/lib/auth/cabinet";
import { actAs } from "@/test/auth";
import { testRequest } from "@/test/setup";
import { addMember, createAccount } from "@/test/factories";
import { addLedger, callerFor } from "@/test/cabinet";
import { createDocument } from "@/test/documents";
import { pdfAmount } from "@/lib/pdf/format";
import { GET as getPack } from "@/app/api/finance/accounting-pack/route";
import { GET as getStatement } from "@/app/api/finance/reconciliation/route";
import { asciiDocumentNumber } from "@/lib/server/documents/numbering";
import { almatyMonth, almatyMonthRange, shiftMonth } from "./almaty-time";
import { listPackMonths } from "./list-pack-months";

// The monthly accounting pack read back: the ZIP's entries, each a PDF, the statement's
// figures against the ledger; and who is refused. "Now" is pinned; the pack's month is the
// one before the current month, and every date is derived from the clock.
const NOW = new Date("2026-12-06T08:00:00Z");
const KAZAKH_NAME = "ТОО «Әлем Ғарыш Қоңыр Өнер Ұлы Үміт Һарун Інжу»";

const flat = (value: string) => value.replace(/[\u00a0\u202f\s]+/g, " ");
const pack = (query: string) => getPack(new Request(`http://localhost/api/finance/accounting-pack${query}`));
const statement = (query: string) => getStatement(new Request(`http://localhost/api/finance/reconciliation${query}`));

async function seed() {
  const month = shiftMonth(almatyMonth(clock.now()), -1);
  const { start, end } = almatyMonthRange(month);
  const created = await createAccount();
  await db.subscriber.update({ where: { id: created.subscriber.id }, data: { name: KAZAKH_NAME, shortName: "ТОО «Әлем Ғарыш»" } });
  const inMonth = { periodStart: start, periodEnd: new Date(end.getTime() - 1), issuedAt: new Date(end.getTime() + 3_600_000) };
  const make = async (kind: string, data: object = inMonth, status = "ISSUED") => {
    const document = await createDocument(created.account.id, { kind, status });
    return db.document.update({ where: { id: document.id }, data });
  };
  // The month's invoice, act and tax invoice (issued just after it ends, as postpaid ones
  // are), a top-up invoice issued inside it, and what does not belong: a cancelled act of
  // the month, the previous month's invoice, and the current month's.
  const invoice = await make("INVOICE");
  const act = await make("ACT");
  const taxInvoice = await make("TAX_INVOICE");
  const topup = await make("INVOICE", { periodStart: null, periodEnd: null, issuedAt: new Date(start.getTime() + 5 * 86_400_000) });
  const cancelled = await make("ACT", inMonth, "CANCELLED");
  const previous = await make("INVOICE", { periodStart: almatyMonthRange(shiftMonth(month, -1)).start, issuedAt: new Date(start.getTime() - 86_400_000) });
  const current = await make("INVOICE", { periodStart: end, issuedAt: new Date(end.getTime() + 86_400_000) });
  await addLedger(created.account.id, [
    { kind: "PAYMENT", amount: 30_000_00, occurredAt: new Date(start.getTime() - 10 * 86_400_000).toISOString() },
    { kind: "CHARGE", amount: -45_000_00, occurredAt: new Date(start.getTime() + 60_000).toISOString() },
    { kind: "CHARGE", amount: -19_800_00, occurredAt: new Date(start.getTime() + 120_000).toISOString() },
    { kind: "PAYMENT", amount: 40_000_00, occurredAt: new Date(start.getTime() + 15 * 86_400_000).toISOString() },
    { kind: "CHARGE", amount: -5_000_00, occurredAt: new Date(end.getTime() + 60_000).toISOString() },
  ]);
  return { ...created, month, start, end, included: [invoice, topup, act, taxInvoice], excluded: [cancelled, previous, current] };
}

async function readZip(response: Response) {
  expect(response.body).toBeInstanceOf(ReadableStream);
  return unzipSync(new Uint8Array(await response.arrayBuffer()));
}

describe("GET /api/finance/accounting-pack", () => {
  beforeAll(() => clock.set(NOW));
  afterAll(() => clock.set(null));
  beforeEach(() => {
    actAs(null);
    testRequest.cookies.clear();
  });

  it("streams one ZIP of the month's invoice, act and tax invoice PDFs and its reconciliation statement", async () => {
    const { account, owner, month, start, end, included, excluded } = await seed();
    actAs(owner);
    const response = await pack(`?period=${month}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    const disposition = response.headers.get("content-disposition")!;
    expect(disposition).toContain(`attachment; filename="documents-${account.number}-${month}.zip"`);
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent(`Документы ${account.number} за ${month}.zip`)}`);

    const files = await readZip(response);
    const names = Object.keys(files);
    const invoices = included.slice(0, 2).map((d) => d.number).sort();
    expect(names).toEqual([
      ...invoices.map((n) => `${asciiDocumentNumber(n)}.pdf`),
      `${asciiDocumentNumber(included[2].number)}.pdf`,
      `${asciiDocumentNumber(included[3].number)}.pdf`,
      `reconciliation-${account.number}-${month}.pdf`,
    ]);
    for (const document of excluded) expect(names).not.toContain(`${asciiDocumentNumber(document.number)}.pdf`);
    for (const [name, bytes] of Object.entries(files)) expect(Buffer.from(bytes.subarray(0, 5)).toString(), name).toBe("%PDF-");

    // Each document PDF is that document's (its number is printed in it).
    const actText = flat((await extractText(files[`${asciiDocumentNumber(included[2].number)}.pdf`], { mergePages: true })).text);
    expect(actText).toContain(included[2].number);
    expect(actText).toContain("АКТ ВЫПОЛНЕННЫХ РАБОТ");

    // The statement's figures are the ledger's: opening, turnover, closing, with Kazakh letters.
    const sum = async (where: object) => Number((await db.ledgerEntry.aggregate({ where: { accountId: account.id, ...where }, _sum: { amount: true } }))._sum.amount ?? 0);
    const opening = await sum({ occurredAt: { lt: start } });
    const closing = await sum({ occurredAt: { lt: end } });
    const moves = await db.ledgerEntry.findMany({ where: { accountId: account.id, occurredAt: { gte: start, lt: end } } });
    const debit = moves.filter((e) => e.amount < 0).reduce((s, e) => s - e.amount, 0);
    const credit = moves.filter((e) => e.amount > 0).reduce((s, e) => s + e.amount, 0);
    expect(closing).toBe(opening - debit + credit);
    expect([opening, closing, debit, credit]).toEqual([30_000_00, 5_200_00, 64_800_00, 40_000_00]);
    const text = flat((await extractText(files[`reconciliation-${account.number}-${month}.pdf`], { mergePages: true })).text);
    expect(text).toContain("АКТ СВЕРКИ ВЗАИМОРАСЧЁТОВ");
    expect(text).toContain(KAZAKH_NAME);
    const amount = (tiyn: number) => flat(pdfAmount(tiyn));
    expect(text).toContain(`Сальдо на начало периода ${amount(opening)} Кт ${amount(opening)}`);
    expect(text).toContain(`Обороты за период ${amount(debit)} ${amount(credit)}`);
    expect(text).toContain(`Сальдо на конец периода ${amount(closing)} Кт ${amount(closing)}`);
    expect(text).toContain("CHARGE -4500000");
    expect(text).not.toContain("CHARGE -500000"); // the next month's charge (test rows describe themselves)

    const audit = await db.auditLog.findFirst({ where: { accountId: account.id, action: "document.download", objectType: "export:accounting-pack" } });
    expect(audit).toMatchObject({ actorId: owner.id, outcome: "OK" });
    expect(JSON.parse(audit!.details!)).toMatchObject({ period: month });
  });

  it("offers the closed months that have documents, newest first", async () => {
    const { account, owner, month } = await seed();
    expect(await listPackMonths(callerFor(owner, account.id))).toEqual([month, shiftMonth(month, -1)]);
    await expect(listPackMonths(callerFor(owner, account.id, "MEMBER", ["finance.read"]))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("answers 400 to a month that is malformed, current or ahead, and 401 signed out", async () => {
    const { owner } = await seed();
    expect((await pack("?period=2026-10")).status).toBe(401);
    actAs(owner);
    const current = almatyMonth(clock.now());
    for (const query of ["", "?period=", "?period=2026-13", "?period=26-10", `?period=${current}`, `?period=${shiftMonth(current, 1)}`]) {
      const response = await pack(query);
      expect(response.status, query).toBe(400);
      expect(await response.text(), query).toMatch(/месяц/);
    }
  });

  it("refuses (403, logged) a member lacking either grant, and serves one holding both", async () => {
    const { account, month, included } = await seed();
    for (const grants of [["finance.read", "notices.read"], ["documents.read", "notices.read"]] as const) {
      const member = await addMember(account.id, [...grants]);
      actAs(member);
      const response = await pack(`?period=${month}`);
      expect(response.status, grants.join()).toBe(403);
      const body = await response.text();
      expect(body).not.toContain(included[0].number);
      expect(await db.auditLog.count({ where: { actorId: member.id, outcome: "DENIED" } })).toBe(1);
    }
    const accountant = await addMember(account.id, ["finance.read", "documents.read"]);
    actAs(accountant);
    expect((await pack(`?period=${month}`)).status).toBe(200);
  });

  it("never packs another account's documents, even with the account cookie forged; a closed account gets 404", async () => {
    const { account, month, included } = await seed();
    const other = await createAccount();
    actAs(other.owner);
    testRequest.cookies.set(ACCOUNT_COOKIE, account.id);
    const response = await pack(`?period=${month}`);
    expect(response.status).toBe(200);
    const files = await readZip(response);
    expect(Object.keys(files)).toEqual([`reconciliation-${other.account.number}-${month}.pdf`]);
    const text = flat((await extractText(files[`reconciliation-${other.account.number}-${month}.pdf`], { mergePages: true })).text);
    expect(text).not.toContain(account.number);
    for (const document of included) expect(text).not.toContain(document.number);

    const closed = await createAccount({ status: "TERMINATED" });
    actAs(closed.owner);
    expect((await pack(`?period=${month}`)).status).toBe(404);
  });
});

describe("GET /api/finance/reconciliation", () => {
  beforeAll(() => clock.set(NOW));
  afterAll(() => clock.set(null));
  beforeEach(() => {
    actAs(null);
    testRequest.cookies.clear();
  });

  it("gives the reconciliation statement PDF of a period to a member with finance.read", async () => {
    const { account, month } = await seed();
    const member = await addMember(account.id, ["finance.read"]);
    actAs(member);
    const from = `${shiftMonth(month, -1)}-01`;
    const to = `${month}-20`;
    const response = await statement(`?from=${from}&to=${to}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toContain(`attachment; filename="reconciliation-${account.number}-${from}-${to}.pdf"; filename*=UTF-8''`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    const text = flat((await extractText(bytes, { mergePages: true })).text);
    expect(text).toContain("Сальдо на начало периода");
    expect(text).toContain(KAZAKH_NAME);
    expect(await db.auditLog.count({ where: { actorId: member.id, action: "document.download", objectType: "export:reconciliation" } })).toBe(1);
  });

  it("answers 400 with the reason to bad dates, and 403 (logged) without finance.read", async () => {
    const { account, owner } = await seed();
    actAs(owner);
    const cases: Array<[string, RegExp]> = [
      ["", /обе даты/],
      ["?from=2026-01-01", /обе даты/],
      ["?from=2026-02-30&to=2026-03-01", /ГГГГ-ММ-ДД/],
      ["?from=01.01.2026&to=2026-03-01", /ГГГГ-ММ-ДД/],
      ["?from=2026-03-02&to=2026-03-01", /не может быть позже/],
      ["?from=2023-03-01&to=2026-03-01", /трёх лет/],
    ];
    for (const [query, reason] of cases) {
      const response = await statement(query);
      expect(response.status, query).toBe(400);
      expect(await response.text(), query).toMatch(reason);
    }
    expect((await statement("?from=2023-03-02&to=2026-03-01")).status).toBe(200);

    const member = await addMember(account.id, ["documents.read", "statistics.read"]);
    actAs(member);
    const refused = await statement("?from=2026-01-01&to=2026-03-01");
    expect(refused.status).toBe(403);
    expect(await refused.text()).not.toContain("%PDF");
    expect(await db.auditLog.count({ where: { actorId: member.id, outcome: "DENIED", objectType: "api:finance.read" } })).toBe(1);
  });
});
