import { expect, test, type Page } from "@playwright/test";
import { authenticator } from "otplib";
import { db } from "../fixtures/db";
import { loginWithForm } from "../fixtures/login";
import { PASSWORD, createPerson, createSubscriber } from "../fixtures/people";
import { clock } from "../../lib/clock";

// A code of the next 30-second step when the current one is about to run out, so the
// server (which accepts one step either way) never sees an expired one.
function codeFor(secret: string): string {
  const remaining = authenticator.timeRemaining();
  return remaining > 3 ? authenticator.generate(secret) : authenticator.clone({ epoch: clock.nowMs() + 30_000 }).generate(secret);
}

async function turnOnTotp(page: Page): Promise<{ secret: string; codes: string[] }> {
  await page.goto("/security");
  await page.getByTestId("totp-start").click();
  await expect(page.getByTestId("totp-qr")).toBeVisible();
  expect(await page.getByTestId("totp-qr").getAttribute("src")).toMatch(/^data:image\/png;base64,/);
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.getByLabel("Код из приложения").fill(codeFor(secret));
  await page.getByRole("button", { name: "Подтвердить и включить" }).click();
  await expect(page.getByTestId("recovery-code")).toHaveCount(10);
  const codes = (await page.getByTestId("recovery-code").allTextContents()).map((c) => c.trim());
  // On as soon as it is confirmed, while the new codes are still shown.
  await expect(page.getByTestId("totp-state")).toContainText("Включена");
  await expect(page.getByTestId("totp-state")).not.toContainText("Выключена");
  await page.getByTestId("recovery-done").click();
  await expect(page.getByTestId("recovery-codes")).toHaveCount(0);
  await expect(page.getByTestId("totp-state")).toContainText("Включена");
  return { secret, codes };
}

async function logOut(page: Page) {
  await page.getByTestId("logout").click();
  await expect(page).toHaveURL(/\/login/);
}

async function loginWithCode(page: Page, identifier: string, code: string) {
  await page.goto("/login");
  await page.getByLabel(/Логин или email/).fill(identifier);
  await page.getByLabel(/^Пароль$/).fill(PASSWORD);
  await page.getByRole("button", { name: "Войти" }).click();
  const field = page.getByLabel("Код из приложения-аутентификатора");
  await expect(field).toBeVisible();
  await field.fill(code);
  await page.getByRole("button", { name: "Войти" }).click();
}

test.describe("two-factor protection", () => {
  test("turned on with a QR code and a code; login then asks for the code; a recovery code works once", async ({ page }) => {
    const { owner } = await createSubscriber();
    await loginWithForm(page, owner.login);
    const { secret, codes } = await turnOnTotp(page);
    const row = await db.user.findUniqueOrThrow({ where: { id: owner.id } });
    expect(row.totpSecret).toBe(secret);
    expect(await db.totpRecoveryCode.count({ where: { userId: owner.id, usedAt: null } })).toBe(10);

    await logOut(page);
    await loginWithCode(page, owner.login, "000000" === codeFor(secret) ? "111111" : "000000");
    await expect(page.getByText("Неверный код подтверждения")).toBeVisible();
    await page.getByLabel("Код из приложения-аутентификатора").fill(codeFor(secret));
    await page.getByRole("button", { name: "Войти" }).click();
    await expect(page).toHaveURL(/\/dashboard/);

    await logOut(page);
    await loginWithCode(page, owner.login, codes[0]);
    await expect(page).toHaveURL(/\/dashboard/);
    await page.goto("/security");
    await expect(page.getByText("Осталось 9 резервных кодов")).toBeVisible();
    await expect(page.locator('[data-testid=login-attempt][data-result="BAD_TOTP"]').first()).toContainText("Неверный код подтверждения");

    await logOut(page);
    await loginWithCode(page, owner.login, codes[0]);
    await expect(page.getByText("Неверный код подтверждения")).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });

  test("turned off only with the password and a code", async ({ page }) => {
    const person = await createPerson();
    await loginWithForm(page, person.login);
    const { secret } = await turnOnTotp(page);
    const form = page.getByTestId("disable-form");
    await form.getByLabel("Пароль").fill("wrong-password-1");
    await form.getByLabel("Код из приложения или резервный код").fill(codeFor(secret));
    await form.getByRole("button", { name: "Отключить" }).click();
    await expect(form.getByText("Неверный пароль")).toBeVisible();
    await form.getByLabel("Пароль").fill(PASSWORD);
    await form.getByRole("button", { name: "Отключить" }).click();
    await expect(page.getByTestId("totp-state")).toContainText("Выключена");
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).totpEnabledAt).toBeNull();
  });

  test("the owner requires it from everyone: a member without it is sent to set it up before any cabinet page", async ({ page, browser }) => {
    const { owner, member, account } = await createSubscriber({ memberPermissions: ["finance.read"] });
    await loginWithForm(page, owner.login);
    await page.goto("/security");
    await expect(page.getByTestId("require-totp-toggle")).toBeDisabled();
    await turnOnTotp(page);
    await page.getByTestId("require-totp-toggle").click();
    await expect(page.getByTestId("require-totp-state")).toHaveText("Сейчас требуется от всех пользователей");
    expect((await db.account.findUniqueOrThrow({ where: { id: account.id } })).requireTotp).toBe(true);

    const context = await browser.newContext({ locale: "ru-RU" });
    const memberPage = await context.newPage();
    await loginWithForm(memberPage, member!.login, PASSWORD, /\/security\?setup=totp/);
    await expect(memberPage.getByTestId("totp-required")).toBeVisible();
    for (const path of ["/dashboard", "/users", "/audit"]) {
      await memberPage.goto(path);
      await expect(memberPage).toHaveURL(/\/security\?setup=totp/);
    }
    await turnOnTotp(memberPage);
    await memberPage.goto("/dashboard");
    await expect(memberPage).toHaveURL(/\/dashboard/);
    // While the cabinet requires it, it cannot be switched off.
    await memberPage.goto("/security");
    await expect(memberPage.getByTestId("disable-form")).toHaveCount(0);
    await context.close();

    await page.goto("/audit?action=account.require_totp");
    await expect(page.getByTestId("audit-row")).toHaveCount(1);
  });
});
