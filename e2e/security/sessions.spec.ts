import { expect, test } from "@playwright/test";
import { loginWithForm } from "../fixtures/login";
import { PASSWORD, createPerson } from "../fixtures/people";

test.describe("sessions and sign-in history", () => {
  test("ending another browser's session signs it out on its next navigation", async ({ page, browser }) => {
    const person = await createPerson();
    const other = await browser.newContext({ locale: "ru-RU", userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1" });
    const phone = await other.newPage();
    await loginWithForm(phone, person.login);

    await loginWithForm(page, person.login);
    await page.goto("/security");
    const rows = page.getByTestId("session-row");
    await expect(rows).toHaveCount(2);
    await expect(page.locator("[data-testid=session-row][data-current]")).toContainText("Это устройство");
    const phoneRow = rows.filter({ hasText: "Safari · iOS" });
    await expect(phoneRow).toHaveCount(1);
    await phoneRow.getByTestId("end-session").click();
    await expect(page.getByText("Сеанс завершён")).toBeVisible();
    await expect(rows).toHaveCount(1);

    await phone.goto("/dashboard");
    await expect(phone).toHaveURL(/\/login/);
    // This browser is still signed in.
    await page.goto("/security");
    await expect(page).toHaveURL(/\/security/);
    await other.close();
  });

  test("“end all others” ends every other session", async ({ page, browser }) => {
    const person = await createPerson();
    const others = await Promise.all([browser.newContext({ locale: "ru-RU" }), browser.newContext({ locale: "ru-RU" })]);
    const pages = await Promise.all(others.map((c) => c.newPage()));
    for (const p of pages) await loginWithForm(p, person.login);
    await loginWithForm(page, person.login);
    await page.goto("/security");
    await expect(page.getByTestId("session-row")).toHaveCount(3);
    await page.getByTestId("end-other-sessions").click();
    await expect(page.getByText("Завершено 2 сеанса")).toBeVisible();
    for (const p of pages) {
      await p.goto("/security");
      await expect(p).toHaveURL(/\/login/);
    }
    await Promise.all(others.map((c) => c.close()));
  });

  test("the sign-in history shows successes and failures", async ({ page }) => {
    const person = await createPerson();
    await loginWithForm(page, person.login, "Wrong-password-42", /\/login/);
    await expect(page.getByText("Неверный логин или пароль")).toBeVisible();
    await loginWithForm(page, person.login, PASSWORD);
    await page.goto("/security");
    await expect(page.locator('[data-testid=login-attempt][data-result="SUCCESS"]').first()).toContainText("Успешный вход");
    await expect(page.locator('[data-testid=login-attempt][data-result="BAD_CREDENTIALS"]').first()).toContainText("Неверный пароль");
    await expect(page.getByTestId("login-attempt").first()).toContainText("127.0.0.1");
  });
});
