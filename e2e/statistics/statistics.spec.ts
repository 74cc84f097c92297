import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { login } from "../fixtures/login";
import { createSubscriber } from "../fixtures/people";
import { createSubscriberWithUsage } from "./usage-fixture";

test("an owner sees the usage of the last 30 days as charts and a table, by day, week and service", async ({ page }) => {
  const { owner } = await createSubscriberWithUsage();
  await login(page, owner.login);
  await page.goto("/statistics");
  await expect(page.getByRole("heading", { name: "Статистика" })).toBeVisible();

  await expect(page.locator('[data-testid="usage-summary"][data-service="INTERNET"]')).toContainText("105");
  await expect(page.locator('[data-testid="usage-summary"][data-service="SIP"]')).toContainText("60");
  await expect(page.getByTestId("usage-chart")).toHaveCount(2);
  // A bar a day, drawn with the page; the pointer over one shows its day and figure.
  const internet = page.locator('[data-testid="usage-chart"][data-service="INTERNET"]');
  await expect(internet.getByTestId("usage-bar")).toHaveCount(30);
  const tallest = internet.getByTestId("usage-bar").last();
  await expect(internet.getByTestId("usage-bar-tip")).toHaveCount(0);
  await tallest.hover();
  await expect(internet.getByTestId("usage-bar-tip")).toHaveCount(1);
  await expect(internet.getByTestId("usage-bar-tip")).toBeVisible();
  await expect(internet.getByTestId("usage-bar-tip")).toContainText("10,5");
  await internet.getByTestId("usage-bar").first().hover();
  await expect(internet.getByTestId("usage-bar-tip")).not.toContainText("10,5");
  await expect(page.getByTestId("usage-table").locator("tr")).toHaveCount(30);
  await expect(page.locator('[data-testid="usage-total"][data-service="INTERNET"]')).toHaveText("105");

  await page.getByLabel("Разбивка", { exact: true }).selectOption("week");
  await page.getByRole("button", { name: "Показать" }).click();
  await expect(page).toHaveURL(/granularity=week/);
  await expect(page.getByTestId("usage-table").locator("tr").first()).toContainText("Неделя");
  await expect(page.locator('[data-testid="usage-total"][data-service="INTERNET"]')).toHaveText("105");

  await page.getByLabel("Услуга", { exact: true }).selectOption("SIP");
  await page.getByRole("button", { name: "Показать" }).click();
  await expect(page).toHaveURL(/service=SIP/);
  await expect(page.getByTestId("usage-chart")).toHaveCount(1);
  await expect(page.locator('[data-testid="usage-total"][data-service="SIP"]')).toHaveText("60");
  await expect(page.locator('[data-testid="usage-total"][data-service="INTERNET"]')).toHaveCount(0);

  // A period longer than 366 days is refused with a message, and the default is shown.
  await page.goto("/statistics?from=2024-01-01&to=2026-01-01");
  await expect(page.getByText("Период не может быть длиннее 366 дней")).toBeVisible();
  await expect(page.locator('[data-testid="usage-total"][data-service="INTERNET"]')).toHaveText("105");
});

test("the CSV export downloads the same figures", async ({ page }) => {
  const { owner, account } = await createSubscriberWithUsage();
  await login(page, owner.login);
  await page.goto("/statistics?granularity=month");
  const downloadPromise = page.waitForEvent("download");
  await page.getByTestId("usage-export").click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^usage-${account.number}-\\d{4}-\\d{2}-\\d{2}-\\d{4}-\\d{2}-\\d{2}-month\\.csv$`));
  const csv = readFileSync((await download.path())!, "utf8");
  expect(csv.startsWith("\uFEFFПериод,Начало,Конец,Код услуги,Услуга,Единица,Объём\r\n")).toBe(true);
  const internet = csv.split("\r\n").filter((line) => line.includes(",INTERNET,"));
  const total = internet.reduce((sum, line) => sum + Number(line.split(",").at(-1)), 0);
  expect(total).toBeCloseTo(105, 6);
  expect(internet[0]).toMatch(/^\d{4}-\d{2},\d{4}-\d{2}-\d{2},\d{4}-\d{2}-\d{2},INTERNET,Выделенный доступ в интернет,ГБ,[\d.]+$/);
});

test("a member without statistics.read gets the 403 page and the CSV URL refuses; one with it reads", async ({ page, browser }) => {
  const { member, account } = await createSubscriberWithUsage({ memberPermissions: ["finance.read", "documents.read"] });
  await login(page, member!.login);
  const response = await page.goto("/statistics");
  expect(response?.status()).toBe(403);
  await expect(page.getByTestId("forbidden")).toBeVisible();
  await expect(page.getByTestId("usage-table")).toHaveCount(0);
  const csv = await page.request.get(`/api/statistics/export?accountId=${account.id}`);
  expect(csv.status()).toBe(403);
  expect(await csv.text()).not.toContain("INTERNET");
  await expect(page.getByRole("link", { name: "Статистика" })).toHaveCount(0);

  const { member: engineer } = await createSubscriberWithUsage({ memberPermissions: ["statistics.read"] });
  const context = await browser.newContext();
  const other = await context.newPage();
  await login(other, engineer!.login);
  await other.goto("/statistics");
  await expect(other.locator('[data-testid="usage-total"][data-service="INTERNET"]')).toHaveText("105");
  await context.close();
});

test("the user of another account gets none of this account's usage", async ({ page, request }) => {
  const { account } = await createSubscriberWithUsage();
  const { owner: stranger } = await createSubscriber();
  await login(page, stranger.login);
  await page.goto("/statistics");
  await expect(page.getByText("Нет услуг с учётом потребления")).toBeVisible();
  await expect(page.getByTestId("usage-table")).toHaveCount(0);

  const foreign = await page.request.get(`/api/statistics/export?accountId=${account.id}`);
  expect(foreign.status()).toBe(404);
  const own = await page.request.get("/api/statistics/export");
  expect(own.status()).toBe(200);
  expect((await own.text()).trim().split("\r\n")).toHaveLength(1); // the header alone

  const signedOut = await request.get(`/api/statistics/export?accountId=${account.id}`);
  expect(signedOut.status()).toBe(401);
});

test("statistics fit a 360 px screen", async ({ page }) => {
  const { owner } = await createSubscriberWithUsage();
  await page.setViewportSize({ width: 360, height: 740 });
  await login(page, owner.login);
  await page.goto("/statistics");
  await expect(page.getByTestId("usage-chart").first()).toBeVisible();
  await expect(page.getByTestId("usage-export")).toBeVisible();
  await expect(page.getByTestId("usage-chart").first().getByTestId("usage-bar")).toHaveCount(30);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

test("the benchmark's bare route, floor and query counter do not exist on a normal server", async ({ page, request }) => {
  expect((await request.get("/api/bench/query-count")).status()).toBe(404);
  expect((await request.get("/bench-bare")).status()).toBe(404);
  const { owner } = await createSubscriber();
  await login(page, owner.login);
  const response = await page.goto("/bench-floor");
  expect(response?.status()).toBe(404);
});
