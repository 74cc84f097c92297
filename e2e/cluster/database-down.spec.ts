import { expect, test } from "@playwright/test";

// An instance started while its database is unreachable (scripts/cluster.mjs points it at a
// port where nothing listens): it answers, with readable pages and messages, never a stack
// trace, and comes to no harm.
const DOWN = process.env.CLUSTER_DOWN_URL ?? "http://127.0.0.1:3203";
const LEAKS = /PrismaClient|DriverAdapterError|Can't reach database|\bat async\b|node_modules|\.next\/server/;

test("pages that need the database answer a readable error page, not a stack trace", async ({ page }) => {
  for (const path of ["/register", "/agreement"]) {
    const response = await page.goto(`${DOWN}${path}`);
    expect(response!.status(), path).toBeGreaterThanOrEqual(500);
    await expect(page.getByRole("heading", { name: "Что-то пошло не так" })).toBeVisible();
    expect(await page.content(), path).not.toMatch(LEAKS);
  }
  // A page that needs no database still works, and a cabinet page sends a visitor to it.
  await page.goto(`${DOWN}/dashboard`);
  await expect(page).toHaveURL(/\/login/);
});

test("signing in while the database is down says so in the form and reveals nothing", async ({ page }) => {
  await page.goto(`${DOWN}/login`);
  await page.getByLabel("Логин или email").fill("alogistic");
  await page.getByLabel("Пароль", { exact: true }).fill("Kabinet-2026");
  await page.getByRole("button", { name: "Войти" }).click();
  const alert = page.getByTestId("login-form").getByRole("alert");
  await expect(alert).toHaveText("Сервис временно недоступен. Попробуйте войти через минуту.", { timeout: 20_000 });
  await expect(page).toHaveURL(/\/login/);
});
