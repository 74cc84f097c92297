import { expect, test } from "@playwright/test";
import { db } from "../fixtures/db";
import { createSubscriber } from "../fixtures/people";
import { createStaff, pageFor } from "./staff-fixtures";
import { clock } from "../../lib/clock";

test("an administrator runs the monthly billing: a future month is refused, a past one is queued, followed to its end, and bills once", async ({ browser }) => {
  const { account } = await createSubscriber();
  const tariff = await db.tariff.findUniqueOrThrow({ where: { code: "VM-M" } });
  await db.subscription.create({ data: { accountId: account.id, tariffId: tariff.id, quantity: 2, startedAt: new Date("2023-12-01T00:00:00+05:00") } });
  const admin = await createStaff("ADMIN");
  const page = await pageFor(browser, admin);
  await page.goto("/staff/billing");
  const form = page.getByTestId("billing-form");

  await form.getByLabel("Период").fill("2099-01");
  await form.getByRole("button", { name: "Выставить начисления" }).click();
  await expect(form.getByText("Нельзя выставить начисления за будущий или ещё не закончившийся месяц")).toBeVisible();
  expect(await db.billingRun.count({ where: { period: "2099-01" } })).toBe(0);
  await expect.poll(() => db.auditLog.count({ where: { actorId: admin.id, action: "billing.run", outcome: "DENIED" } })).toBe(1);

  await form.getByLabel("Период").fill("2024-05");
  await form.getByRole("button", { name: "Выставить начисления" }).click();
  await expect(page.getByTestId("billing-result")).toContainText("поставлены в очередь");
  // The server's billing worker does the run; the list of runs follows it without a reload.
  const run = page.locator('[data-testid="billing-run"][data-period="2024-05"]');
  await expect(run).toBeVisible();
  await expect(run).toHaveAttribute("data-status", "DONE", { timeout: 30_000 });
  await expect(run).toContainText("Завершён");
  const stored = await db.billingRun.findUniqueOrThrow({ where: { period: "2024-05" } });
  expect(stored).toMatchObject({ status: "DONE", processed: stored.total, lastError: null });
  expect(stored.billed).toBeGreaterThanOrEqual(1);
  await expect(run.getByTestId("billing-run-progress")).toHaveText(`${stored.total} из ${stored.total}`);
  expect(await db.billingCharge.count({ where: { accountId: account.id, period: "2024-05", runId: stored.id } })).toBe(1);
  const invoice = await db.document.findFirstOrThrow({ where: { accountId: account.id, kind: "INVOICE" } });
  const net = 2 * tariff.monthlyPrice;
  expect(invoice).toMatchObject({ amountNet: net, vatRateBp: 1200, amountVat: Math.round((net * 1200) / 10_000) });
  expect(await db.document.count({ where: { accountId: account.id, kind: "TAX_INVOICE" } })).toBe(1);

  await form.getByRole("button", { name: "Выставить начисления" }).click();
  await expect(page.getByTestId("billing-result")).toContainText("уже выставлены");
  expect(await db.document.count({ where: { accountId: account.id } })).toBe(3);
  expect(await db.ledgerEntry.count({ where: { accountId: account.id, period: "2024-05" } })).toBe(1);
});

test("an administrator publishes a notice to one account in three languages; stored for that account only", async ({ browser }) => {
  const { account } = await createSubscriber();
  const admin = await createStaff("ADMIN");
  const page = await pageFor(browser, admin);
  await page.goto("/staff/notices");
  const form = page.getByTestId("notice-form");
  await form.getByLabel("Кому").selectOption("ACCOUNT");
  await form.getByLabel("Номер лицевого счёта").fill(account.number);
  await form.getByLabel("Важность").selectOption("WARNING");
  const texts = { Русский: ["Плановая замена оборудования", "Замена маршрутизатора 12 декабря"], Қазақша: ["Жабдықты жоспарлы ауыстыру", "12 желтоқсанда маршрутизаторды ауыстыру"], English: ["Planned equipment replacement", "Router replacement on 12 December"] };
  for (const [lang, [title, body]] of Object.entries(texts)) {
    const group = form.getByRole("group", { name: lang });
    await group.getByLabel("Заголовок").fill(title);
    await group.getByLabel("Текст").fill(body);
  }
  await form.getByRole("button", { name: "Опубликовать" }).click();
  await expect(form.getByText("Уведомление сохранено")).toBeVisible();
  const notice = await db.notice.findFirstOrThrow({ where: { accountId: account.id, kind: "GENERAL" } });
  expect(notice).toMatchObject({ audience: "ACCOUNT", severity: "WARNING", titleKk: "Жабдықты жоспарлы ауыстыру", titleEn: "Planned equipment replacement" });
  expect(notice.publishAt.getTime()).toBeLessThanOrEqual(clock.nowMs());

  // An unknown account number is refused, nothing is created.
  await form.getByLabel("Кому").selectOption("ACCOUNT");
  await form.getByLabel("Номер лицевого счёта").fill("999999999999");
  for (const [lang, [title, body]] of Object.entries(texts)) {
    const group = form.getByRole("group", { name: lang });
    await group.getByLabel("Заголовок").fill(title);
    await group.getByLabel("Текст").fill(body);
  }
  await form.getByRole("button", { name: "Опубликовать" }).click();
  await expect(form.getByText("Лицевой счёт с таким номером не найден")).toBeVisible();
});
