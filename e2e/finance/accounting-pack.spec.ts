import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { unzipSync } from "fflate";
import { extractText } from "unpdf";
import { login } from "../fixtures/login";
import { db } from "../fixtures/db";
import { createSubscriber } from "../fixtures/people";
import { DEMO_PASSWORD, seededAccount } from "../cabinet/fixtures";
import { clock } from "../../lib/clock";
import { pdfAmount, pdfDate } from "../../lib/pdf/format";
import { asciiDocumentNumber } from "../../lib/server/documents/numbering";
import { almatyMonth, almatyMonthRange, almatyYmd, shiftMonth } from "../../lib/server/finance/almaty-time";
import { isClosedMonth, packMonthOf, packMonthWhere } from "../../lib/server/finance/pack-month";

// The accountant's monthly pack, downloaded through the finance screen: a ZIP whose entries
// are the month's invoice, act and tax invoice PDFs and the month's reconciliation
// statement, whose figures are the ledger's. Everything expected is read from the seeded
// database and the clock, so the spec holds on any date (scripts/e2e-shifted.mjs).

const KINDS = ["INVOICE", "ACT", "TAX_INVOICE"];
const KIND_ORDER: Record<string, number> = { INVOICE: 0, ACT: 1, TAX_INVOICE: 2 };
// Text as pdf.js reads it back: no-break spaces made plain, runs of whitespace collapsed.
const flat = (value: string) => value.replace(/[\u00a0\u202f\s]+/g, " ");
const amount = (tiyn: number) => flat(pdfAmount(tiyn));
const saldo = (tiyn: number) => (tiyn === 0 ? amount(0) : `${tiyn < 0 ? "Дт" : "Кт"} ${amount(Math.abs(tiyn))}`);

async function ledgerFigures(accountId: string, start: Date, end: Date) {
  const sum = async (where: object) => Number((await db.ledgerEntry.aggregate({ where: { accountId, ...where }, _sum: { amount: true } }))._sum.amount ?? 0);
  const moves = await db.ledgerEntry.findMany({ where: { accountId, occurredAt: { gte: start, lt: end } }, select: { amount: true } });
  return {
    opening: await sum({ occurredAt: { lt: start } }),
    closing: await sum({ occurredAt: { lt: end } }),
    debit: moves.filter((m) => m.amount < 0).reduce((s, m) => s - m.amount, 0),
    credit: moves.filter((m) => m.amount > 0).reduce((s, m) => s + m.amount, 0),
  };
}

test("the accountant downloads the monthly pack: a ZIP of the month's PDFs and its reconciliation statement", async ({ page }) => {
  const { account } = await seededAccount("100000001");
  const now = clock.now();
  const all = await db.document.findMany({
    where: { accountId: account.id, kind: { in: KINDS }, status: { not: "CANCELLED" } },
    select: { periodStart: true, issuedAt: true },
  });
  const months = [...new Set(all.map(packMonthOf).filter((m) => isClosedMonth(m, now)))].sort().reverse();
  expect(months.length, "the seed has closed months with documents").toBeGreaterThan(0);
  const month = months[0];
  const documents = (
    await db.document.findMany({
      where: { accountId: account.id, kind: { in: KINDS }, status: { not: "CANCELLED" }, ...packMonthWhere(month) },
      select: { kind: true, number: true },
    })
  ).sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.number.localeCompare(b.number));
  // A VAT payer, billed every month: the closed month has its act and tax invoice (its
  // postpaid invoice follows on the next month's first morning, so it is not asserted).
  expect(documents.map((d) => d.kind)).toEqual(expect.arrayContaining(["ACT", "TAX_INVOICE"]));

  await login(page, "buhgalter", DEMO_PASSWORD);
  await page.goto("/finance");
  const card = page.getByTestId("pack-card");
  await expect(card.getByRole("heading", { name: "Пакет документов за месяц" })).toBeVisible();
  const select = card.getByLabel("Месяц");
  await expect(select).toHaveValue(month); // the newest closed month is offered first
  await expect(select.locator("option")).toHaveCount(Math.min(12, months.length));
  await select.selectOption(month);

  const downloadPromise = page.waitForEvent("download");
  await card.getByRole("button", { name: "Скачать ZIP" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.zip$/);
  const zip = readFileSync((await download.path())!);
  expect(zip.subarray(0, 2).toString("latin1")).toBe("PK");

  const files = unzipSync(new Uint8Array(zip));
  const statementName = `reconciliation-${account.number}-${month}.pdf`;
  expect(Object.keys(files)).toEqual([...documents.map((d) => `${asciiDocumentNumber(d.number)}.pdf`), statementName]);
  for (const [name, bytes] of Object.entries(files)) expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1"), name).toBe("%PDF-");

  // The statement: the month's first and last day, the ledger's figures, Kazakh letters intact.
  const { start, end } = almatyMonthRange(month);
  const figures = await ledgerFigures(account.id, start, end);
  expect(figures.closing).toBe(figures.opening - figures.debit + figures.credit);
  const text = flat((await extractText(files[statementName], { mergePages: true })).text);
  expect(text).toContain("АКТ СВЕРКИ ВЗАИМОРАСЧЁТОВ");
  expect(text).toContain(`за период с ${pdfDate(start)} по ${pdfDate(new Date(end.getTime() - 1))}`);
  expect(text).toContain(`Сальдо на начало периода`);
  expect(text).toContain(saldo(figures.opening));
  expect(text).toContain(`Обороты за период ${amount(figures.debit)} ${amount(figures.credit)}`);
  expect(text).toContain(saldo(figures.closing));
  expect(text).toContain(account.subscriber.name);
  expect(text).toContain("Мәңгілік Ел"); // the customer's address
  expect(text).toContain("Жақсылықов"); // the provider's director
  // The act in the pack is that act.
  const act = documents.find((d) => d.kind === "ACT")!;
  const actText = flat((await extractText(files[`${asciiDocumentNumber(act.number)}.pdf`], { mergePages: true })).text);
  expect(actText).toContain(act.number);

  await expect
    .poll(() => db.auditLog.count({ where: { accountId: account.id, action: "document.download", objectType: "export:accounting-pack", details: { contains: month } } }))
    .toBeGreaterThan(0);
});

test("the accountant downloads the reconciliation statement of a chosen period", async ({ page }) => {
  const { account } = await seededAccount("100000001");
  const month = shiftMonth(almatyMonth(clock.now()), -2);
  const { start } = almatyMonthRange(month);
  const end = almatyMonthRange(shiftMonth(month, 1)).end;
  const from = almatyYmd(start);
  const to = almatyYmd(new Date(end.getTime() - 1));
  await login(page, "buhgalter", DEMO_PASSWORD);
  await page.goto("/finance");
  const card = page.getByTestId("reconciliation-card");
  await card.getByLabel("Начало периода").fill(from);
  await card.getByLabel("Конец периода").fill(to);
  const downloadPromise = page.waitForEvent("download");
  await card.getByRole("button", { name: "Скачать акт сверки" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const pdf = readFileSync((await download.path())!);
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const figures = await ledgerFigures(account.id, start, end);
  const text = flat((await extractText(new Uint8Array(pdf), { mergePages: true })).text);
  expect(text).toContain(`Обороты за период ${amount(figures.debit)} ${amount(figures.credit)}`);
  expect(text).toContain(saldo(figures.closing));

  // A period the wrong way round is refused with the reason, not answered with a statement.
  const refused = await page.request.get(`/api/finance/reconciliation?from=${to}&to=${from}`);
  expect(refused.status()).toBe(400);
  expect(await refused.text()).toContain("не может быть позже");
});

test("a member without documents.read sees no pack form and the pack URL refuses; the current month is refused to anyone", async ({ page, browser }) => {
  const { member, owner } = await createSubscriber({ memberPermissions: ["finance.read", "notices.read"] });
  const lastMonth = shiftMonth(almatyMonth(clock.now()), -1);
  await login(page, member!.login);
  await page.goto("/finance");
  await expect(page.getByTestId("pack-card")).toContainText("доступ к документам");
  await expect(page.getByTestId("pack-form")).toHaveCount(0);
  const response = await page.request.get(`/api/finance/accounting-pack?period=${lastMonth}`);
  expect(response.status()).toBe(403);
  expect((await response.body()).subarray(0, 2).toString("latin1")).not.toBe("PK");

  const ownerPage = await (await browser.newContext({ locale: "ru-RU" })).newPage();
  await login(ownerPage, owner.login);
  const current = await ownerPage.request.get(`/api/finance/accounting-pack?period=${almatyMonth(clock.now())}`);
  expect(current.status()).toBe(400);
  expect(await current.text()).toContain("закрытый месяц");
  await ownerPage.context().close();
});
