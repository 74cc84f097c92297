import { expect, test } from "@playwright/test";
import { login } from "../fixtures/login";
import { db } from "../fixtures/db";
import { DEMO_PASSWORD, money, seededAccount } from "./fixtures";
import { createSubscriber } from "../fixtures/people";

test("the LEGAL owner sees the seeded balance, credit limit, what can be spent, services, notices and documents", async ({ page }) => {
  const { account, balance } = await seededAccount("100000001");
  await login(page, "alogistic", DEMO_PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Главная" })).toBeVisible();
  await expect(page.getByTestId("balance-value")).toHaveText(money(balance));
  expect(balance).toBeLessThan(0); // the unpaid invoices
  await expect(page.getByTestId("credit-limit-value")).toHaveText(money(account.creditLimit));
  await expect(page.getByTestId("available-value")).toHaveText(money(Math.max(0, balance + account.creditLimit)));
  await expect(page.getByTestId("account-status")).toHaveText("Активен");
  await expect(page.getByTestId("contract-card")).toContainText(account.subscriber.contractNumber);

  const services = page.getByTestId("dashboard-services");
  await expect(services.getByRole("row")).toHaveCount(1 + 4 + 2); // header, four subscriptions, two total rows
  await expect(services).toContainText("Бизнес 500 Мбит/с");
  // 120 000 + 10 × 1 500 + 3 × 29 900 + 2 × 18 000 ₸ a month without VAT
  await expect(page.getByTestId("services-total")).toHaveText(money(260_700_00));

  const latestDoc = await db.document.findFirstOrThrow({ where: { accountId: account.id }, orderBy: [{ issuedAt: "desc" }, { number: "desc" }] });
  await expect(page.getByTestId("dashboard-documents")).toContainText(latestDoc.number);
  await expect(page.getByTestId("dashboard-notices")).toContainText("не оплачен в срок");
  await expect(page.locator("aside").getByTestId("unread-count")).toBeVisible();
});

test("a member sees only the parts of the dashboard their grants allow", async ({ page }) => {
  await login(page, "daniyar", DEMO_PASSWORD); // statistics and notices only
  await expect(page.getByTestId("dashboard-notices")).toBeVisible();
  await expect(page.getByTestId("balance")).toHaveCount(0);
  await expect(page.getByTestId("dashboard-services")).toHaveCount(0);
  await expect(page.getByTestId("dashboard-documents")).toHaveCount(0);
  await expect(page.getByTestId("account-card")).toBeVisible();
});

test("the prepaid accounts: the person has money in advance, the sole proprietor is near zero (in Kazakh)", async ({ page }) => {
  const person = await seededAccount("100000003");
  const sole = await seededAccount("100000002");
  expect(person.balance).toBeGreaterThan(0);
  expect(Math.abs(sole.balance)).toBeLessThan(5_000_00);
  await login(page, "saule", DEMO_PASSWORD);
  await page.getByTestId("language-switcher").selectOption("kk");
  await expect(page.getByRole("heading", { level: 1, name: "Басты бет" })).toBeVisible();
  await expect(page.getByTestId("balance-value")).toHaveText(money(person.balance));
  await expect(page.getByTestId("available-value")).toHaveText(money(person.balance));
  await expect(page.getByTestId("credit-limit")).toContainText("Несие лимитісіз");
});

test("a suspended account's cabinet stays readable and says why", async ({ page }) => {
  const reason = "Задолженность по счёту СЧ-2026-000999 превысила кредитный лимит";
  const { owner, account } = await createSubscriber({ status: "SUSPENDED", statusReason: reason });
  const tariff = await db.tariff.findFirstOrThrow({ where: { code: "DIA-100" } });
  await db.subscription.create({ data: { accountId: account.id, tariffId: tariff.id, quantity: 1, startedAt: new Date(Date.UTC(2020, 0, 1)) } });
  await login(page, owner.login);
  // Said once, by the banner every cabinet page carries (the dashboard used to add its own).
  await expect(page.getByTestId("account-suspended-banner")).toContainText("Оказание услуг приостановлено");
  await expect(page.getByTestId("account-suspended-banner")).toContainText(reason);
  await expect(page.getByText("Оказание услуг приостановлено")).toHaveCount(1);
  await expect(page.getByTestId("account-status")).toHaveText("Услуги приостановлены");
  for (const [path, heading] of [["/finance", "Финансы"], ["/documents", "Документы"], ["/notices", "Уведомления"]] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  }
  // Next month's fees are what it costs if the services resume, and the card says so.
  await page.goto("/services");
  await expect(page.getByTestId("next-charge-line")).toHaveCount(1);
  await expect(page.getByTestId("next-charges-suspended")).toContainText("пока они приостановлены, абонентская плата не начисляется");
});

test("the shell and the dashboard fit a 360 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await login(page, "alogistic", DEMO_PASSWORD);
  await expect(page.getByTestId("balance-value")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // The menu opens from its button, and closes on the next page and on Escape.
  const menu = page.getByRole("navigation", { name: "Меню" });
  const menuButton = page.getByRole("button", { name: "Меню" });
  await expect(menu).toBeHidden();
  await menuButton.click();
  await expect(menuButton).toHaveAttribute("aria-expanded", "true");
  await menu.getByRole("link", { name: /Документы/ }).click();
  await expect(page).toHaveURL(/\/documents$/);
  await expect(menu).toBeHidden();
  await menuButton.click();
  await expect(menu.getByRole("link", { name: /Финансы/ })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  for (const path of ["/finance", "/documents", "/notices"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  }
});

test("the dashboard speaks English when asked", async ({ page }) => {
  // A fresh subscriber: the language choice is saved to the person's profile.
  const { owner } = await createSubscriber();
  await login(page, owner.login);
  await page.getByTestId("language-switcher").selectOption("en");
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await expect(page.getByTestId("dashboard-services")).toContainText("No services connected");
  await expect(page.getByTestId("balance")).toContainText("Balance");
});

test("a page prefetches nothing, not even the page of a link the pointer is over", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 }); // the menu in view, a dozen links
  const prefetched: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["next-router-prefetch"]) prefetched.push(new URL(request.url()).pathname);
  });
  await login(page, "alogistic", DEMO_PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Главная" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.locator("#cabinet-menu").getByRole("link", { name: "Документы" }).hover();
  await page.locator("#cabinet-menu").getByRole("link", { name: "Документы" }).focus();
  await page.waitForTimeout(500);
  expect(prefetched).toEqual([]);
  await page.locator("#cabinet-menu").getByRole("link", { name: "Документы" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Документы" })).toBeVisible();
  expect(prefetched).toEqual([]);
});

test("a menu link that takes time to open says so with its dot, and the page then replaces the last one", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, "alogistic", DEMO_PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Главная" })).toBeVisible();
  // The page's own request (not its prefetch) held back 1.5 s, as a slow server would.
  await page.route("**/documents**", async (route) => {
    const headers = route.request().headers();
    if (headers.rsc && !headers["next-router-prefetch"]) await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  const link = page.locator("#cabinet-menu").getByRole("link", { name: "Документы" });
  await expect(link.getByTestId("nav-pending")).not.toHaveAttribute("data-pending");
  await link.click();
  await expect(link.getByTestId("nav-pending")).toHaveAttribute("data-pending", "true");
  await expect(page.getByRole("heading", { level: 1, name: "Главная" })).toBeVisible(); // no skeleton in between
  await expect(page.getByRole("heading", { level: 1, name: "Документы" })).toBeVisible();
  await expect(link.getByTestId("nav-pending")).not.toHaveAttribute("data-pending");
  await expect(link).toHaveAttribute("aria-current", "page");
});
