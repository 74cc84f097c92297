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
  await expect(page.getByTestId("connect-estimate")).toContainText(money("104 400,00 ₸ в месяц с НДС"));
  await page.getByRole("button", { name: "Подключить", exact: true }).click();
  await expect(page.getByTestId("change-result")).toContainText("Подключение: Бизнес 100 Мбит/с × 2");

  await expect(page.getByTestId("subscription-row").filter({ hasText: "Бизнес 100 Мбит/с" })).toContainText("2");
  const next = page.getByTestId("next-charges");
  await expect(next.getByTestId("next-charge-line").filter({ hasText: "Бизнес 100 Мбит/с" })).toContainText(money("90 000,00 ₸"));
  await expect(next.getByTestId("next-charges-total")).toHaveText(money("104 400,00 ₸"));
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
