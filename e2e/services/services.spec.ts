import { expect, test } from "@playwright/test";
import { login } from "../fixtures/login";
import { createSubscriber } from "../fixtures/people";
import { createSubscriberWithUsage } from "../statistics/usage-fixture";

const money = (text: string) => new RegExp(text.replace(/ /g, "\\s"));

test("an owner sees the subscriptions with prices and costs, and the catalogue with and without VAT", async ({ page }) => {
  const { owner } = await createSubscriberWithUsage();
  await login(page, owner.login);
  await page.goto("/services");
  await expect(page.getByRole("heading", { name: "Услуги", exact: true })).toBeVisible();

  const rows = page.getByTestId("subscription-row");
  await expect(rows).toHaveCount(3);
  const internet = page.locator('[data-testid="subscription-row"][data-tariff="DIA-100"]');
  await expect(internet).toContainText("Выделенный доступ в интернет");
  await expect(internet).toContainText("Бизнес 100 Мбит/с");
  await expect(internet.getByTestId("subscription-cost")).toHaveText(money("45 000,00 ₸"));
  await expect(internet.getByTestId("subscription-status")).toHaveText("Подключена");
  await expect(internet).toContainText("с 15.01.2026");
  const sip = page.locator('[data-testid="subscription-row"][data-tariff="SIP-LINE"]');
  await expect(sip.getByTestId("subscription-quantity")).toHaveText("3");
  await expect(sip.getByTestId("subscription-cost")).toHaveText(money("4 500,00 ₸"));
  const vm = page.locator('[data-testid="subscription-row"][data-tariff="VM-S"]');
  await expect(vm.getByTestId("subscription-status")).toHaveText("Отключена");
  await expect(vm).toContainText("по 30.06.2026");
  // The total counts connected services only: 45 000 + 4 500.
  await expect(page.getByTestId("subscriptions-total")).toHaveText(money("49 500,00 ₸"));

  const dia500 = page.locator('[data-testid="catalogue-tariff"][data-tariff="DIA-500"]');
  await expect(dia500.getByTestId("tariff-price")).toContainText(money("120 000,00 ₸"));
  await expect(dia500.getByTestId("tariff-price-gross")).toContainText(money("139 200,00 ₸"));
  await expect(page.locator('[data-testid="catalogue-tariff"][data-tariff="DIA-100"]')).toContainText("Подключено");
  await expect(page.locator('[data-testid="catalogue-card"][data-service="ANTIDDOS"]').getByTestId("needs-review")).toBeVisible();
  await expect(page.locator('[data-testid="catalogue-card"][data-service="VPS"]').getByTestId("needs-review")).toHaveCount(0);
});

test("a member with services.manage alone opens the screen; one without a services grant gets 403", async ({ page, browser }) => {
  const { member } = await createSubscriberWithUsage({ memberPermissions: ["services.manage"] });
  await login(page, member!.login);
  await page.goto("/services");
  await expect(page.getByTestId("subscription-row")).toHaveCount(3);

  const { member: accountant } = await createSubscriberWithUsage({ memberPermissions: ["finance.read", "statistics.read"] });
  const context = await browser.newContext();
  const other = await context.newPage();
  await login(other, accountant!.login);
  const response = await other.goto("/services");
  expect(response?.status()).toBe(403);
  await expect(other.getByTestId("forbidden")).toBeVisible();
  await expect(other.getByTestId("subscription-row")).toHaveCount(0);
  await context.close();
});

test("the user of another account sees none of this account's subscriptions", async ({ page }) => {
  await createSubscriberWithUsage();
  const { owner: stranger } = await createSubscriber();
  await login(page, stranger.login);
  await page.goto("/services");
  await expect(page.getByText("Нет подключённых услуг")).toBeVisible();
  await expect(page.getByTestId("subscription-row")).toHaveCount(0);
  await expect(page.getByTestId("catalogue-card").first()).toBeVisible();
});

test("services fit a 360 px screen, in Kazakh too", async ({ page }) => {
  const { owner } = await createSubscriberWithUsage();
  await page.setViewportSize({ width: 360, height: 740 });
  await login(page, owner.login);
  await page.goto("/services");
  await expect(page.locator('[data-testid="subscription-row"][data-tariff="DIA-100"]').getByTestId("subscription-cost")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "kk", url: page.url() }]);
  await page.goto("/services");
  await expect(page.getByRole("heading", { name: "Қызметтер", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Қызметтер каталогы" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});
