import { expect, test, type Page } from "@playwright/test";
import { login } from "../fixtures/login";
import { createSubscriber } from "../fixtures/people";
import { db } from "../fixtures/db";

// A money amount as the page prints it (with no-break spaces), for toHaveText/toContainText.
function money(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s"));
}

async function chooseTariff(page: Page, name: string) {
  const select = page.getByLabel("Тариф", { exact: true });
  const value = await select.locator("option", { hasText: name }).getAttribute("value");
  await select.selectOption(value!);
}

test("a service connected from the cabinet appears in the subscriptions and the next charges", async ({ page }) => {
  const { owner, account } = await createSubscriber({ billingMethod: "POSTPAID" });
  await login(page, owner.login);
  await page.goto("/services/changes");
  await chooseTariff(page, "Бизнес 100 Мбит/с");
  await page.getByLabel("Количество").fill("2");
  // The preview, before anything is confirmed: the rest of this month today, pro rata, and
  // the next month's invoice as the monthly run will charge it (2 × 45 000 ₸ + 16 % VAT).
  const preview = page.getByTestId("change-preview");
  await expect(preview.getByTestId("preview-today")).toContainText(/Сегодня: .* с НДС — за \d+ д/);
  await expect(preview.getByTestId("preview-next")).toContainText(money("104 400,00 ₸ итого с НДС"));
  expect(await db.ledgerEntry.count({ where: { accountId: account.id } })).toBe(0); // a preview writes nothing
  await page.getByRole("button", { name: "Подключить", exact: true }).click();
  await expect(page.getByTestId("change-result")).toContainText("Подключение: Бизнес 100 Мбит/с × 2");

  await expect(page.getByTestId("subscription-row").filter({ hasText: "Бизнес 100 Мбит/с" })).toContainText("2");
  const next = page.getByTestId("next-charges");
  await expect(next.getByTestId("next-charge-line").filter({ hasText: "Бизнес 100 Мбит/с" })).toContainText(money("90 000,00 ₸"));
  await expect(next.getByTestId("next-charges-total")).toHaveText(money("104 400,00 ₸"));
  await expect(next.getByTestId("next-charges-suspended")).toHaveCount(0); // an active account's fees need no condition
  await expect(next.getByTestId("change-charges")).toContainText("Подключение: Бизнес 100 Мбит/с × 2");

  const charge = await db.ledgerEntry.findFirst({ where: { accountId: account.id, kind: "CHARGE" } });
  expect(charge!.amount).toBeLessThan(0);
  expect(await db.auditLog.count({ where: { accountId: account.id, action: "service.connect" } })).toBe(1);
});

test("a prepaid account is told why it cannot connect more than it can pay for", async ({ page }) => {
  const { owner, account } = await createSubscriber({ billingMethod: "PREPAID" }); // credit 100 000 ₸, balance 0
  await login(page, owner.login);
  await page.goto("/services/changes");
  await expect(page.getByTestId("prepaid-funds")).toContainText(money("доступно 100 000,00 ₸"));
  await chooseTariff(page, "Бизнес 500 Мбит/с");
  await page.getByRole("button", { name: "Подключить", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Недостаточно средств" })).toContainText(
    new RegExp(`${money("139 200,00 ₸").source}.*${money("100 000,00 ₸").source}.*${money("Пополните счёт на 39 200,00 ₸").source}`),
  );
  expect(await db.subscription.count({ where: { accountId: account.id } })).toBe(0);
});

test("a service the offer does not let customers connect becomes a request for staff", async ({ page }) => {
  const { owner, account } = await createSubscriber({ billingMethod: "POSTPAID" });
  await login(page, owner.login);
  await page.goto("/services/changes");
  await chooseTariff(page, "Защита Pro");
  await expect(page.getByText("Эту услугу подключает сотрудник провайдера.")).toBeVisible();
  await page.getByRole("button", { name: "Отправить заявку на подключение" }).click();
  await expect(page.getByTestId("change-result")).toContainText("изменение применят после одобрения");
  await expect(page.getByTestId("pending-changes")).toContainText("Защита Pro");
  const request = await db.supportRequest.findFirst({ where: { accountId: account.id, topic: "SERVICE_CHANGE" } });
  expect(request?.status).toBe("NEW");
  expect(await db.subscription.count({ where: { accountId: account.id } })).toBe(0);
});

test("a member without the services grant cannot open service changes", async ({ page }) => {
  const { member } = await createSubscriber({ memberPermissions: ["services.read", "requests.manage"] });
  await login(page, member!.login);
  await page.goto("/services/changes");
  await expect(page.getByTestId("forbidden")).toBeVisible();
});

test("changing and disconnecting show their price before they are confirmed, at 360 px", async ({ page }) => {
  const { owner, account } = await createSubscriber({ billingMethod: "POSTPAID" });
  const tariff = await db.tariff.findFirstOrThrow({ where: { code: "DIA-100" } });
  await db.subscription.create({ data: { accountId: account.id, tariffId: tariff.id, quantity: 1, startedAt: new Date(Date.UTC(2020, 0, 1)) } });
  await page.setViewportSize({ width: 360, height: 740 });
  await login(page, owner.login);
  await page.goto("/services/changes");
  const row = page.getByTestId("subscription-row").filter({ hasText: "Бизнес 100 Мбит/с" });
  await row.getByText("Изменить или отключить").click();

  // More ports: charged today for the rest of the month; the next invoice is 3 × 45 000 ₸ + 16 %.
  await row.getByLabel("Количество").fill("3");
  const preview = row.getByTestId("change-preview");
  await expect(preview.getByTestId("preview-today")).toContainText(/Сегодня: .* с НДС — за \d+ д/);
  await expect(preview.getByTestId("preview-next")).toContainText(money("156 600,00 ₸ итого с НДС"));
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await row.getByLabel("Количество").fill("1");
  await expect(preview).toHaveCount(0);

  // Disconnecting: nothing today, and no fee next month.
  await row.getByRole("button", { name: "Отключить услугу" }).click();
  await expect(row.getByTestId("preview-today")).toContainText("Сегодня: без списаний");
  await expect(row.getByTestId("preview-next")).toContainText("абонентской платы нет");
  expect(await db.ledgerEntry.count({ where: { accountId: account.id } })).toBe(0);
  await row.getByRole("button", { name: "Да, отключить" }).click();
  await expect.poll(async () => (await db.subscription.findFirst({ where: { accountId: account.id } }))?.status).toBe("DISCONNECTED");
  expect(await db.ledgerEntry.count({ where: { accountId: account.id } })).toBe(0);
});
