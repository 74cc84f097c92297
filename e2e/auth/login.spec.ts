import { expect, test, type Page } from "@playwright/test";
import { db } from "../fixtures/db";
import { PASSWORD, createPerson } from "../fixtures/people";
import { BAD_CREDENTIALS, newContextFromOwnIp } from "./helpers";
import { latestMail } from "../fixtures/mailbox";

const LOCKED = "Пять неверных паролей подряд: вход заблокирован на 15 минут. Подождите или восстановите пароль.";
import { clock } from "../../lib/clock";

async function tryLogin(page: Page, identifier: string, password: string) {
  await page.getByLabel("Логин или email").fill(identifier);
  await page.getByLabel("Пароль", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Войти" }).click();
}

test("the fifth wrong password locks the login: the form says so and offers a reset, the owner gets a mail; a stranger's login reads the same", async ({ browser }) => {
  const person = await createPerson({ prefix: "lock" });
  const context = await newContextFromOwnIp(browser);
  const page = await context.newPage();
  await page.goto("/login");
  const alert = page.getByTestId("login-form").getByRole("alert");

  await tryLogin(page, `nobody-${person.login}`, PASSWORD);
  await expect(alert).toHaveText(BAD_CREDENTIALS);
  for (let i = 1; i <= 4; i++) {
    await tryLogin(page, person.login, `Wrong-Password-${i}`);
    await expect(alert).toHaveText(BAD_CREDENTIALS);
    await expect(page.getByRole("button", { name: "Войти" })).toBeEnabled();
  }
  await tryLogin(page, person.login, "Wrong-Password-5");
  await expect(alert).toHaveText(LOCKED);
  await expect(page.getByTestId("locked-reset")).toHaveAttribute("href", "/forgot-password");
  await tryLogin(page, person.login, PASSWORD);
  await expect(alert).toHaveText(LOCKED);
  await tryLogin(page, person.email, PASSWORD);
  await expect(alert).toHaveText(LOCKED);
  await expect(page).toHaveURL(/\/login/);
  const mail = await latestMail(person.email, "login-locked");
  expect(mail.subject).toBe("Вход в личный кабинет заблокирован на 15 минут");
  expect(mail.text).toContain("/forgot-password");

  // A login that does not exist answers its fifth failure with the same words.
  for (let i = 2; i <= 5; i++) await tryLogin(page, `nobody-${person.login}`, `Wrong-Password-${i}`);
  await expect(alert).toHaveText(LOCKED);

  const user = await db.user.findUniqueOrThrow({ where: { id: person.id } });
  expect(user.lockedUntil!.getTime()).toBeGreaterThan(clock.nowMs() + 14 * 60_000);
  const attempts = await db.loginAttempt.findMany({ where: { userId: person.id }, orderBy: { createdAt: "asc" } });
  expect(attempts.map((a) => a.result)).toEqual([...Array(5).fill("BAD_CREDENTIALS"), "LOCKED", "LOCKED"]);
  expect(attempts.every((a) => a.ip.startsWith("10.") && !!a.userAgent)).toBe(true);
  expect(await db.loginAttempt.count({ where: { identifier: `nobody-${person.login}`, result: "BAD_CREDENTIALS" } })).toBe(5);
  await context.close();
});

test("the login form shows field errors for empty input and sends nothing", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByLabel("Логин или email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Логин или email")).toBeFocused();
  await expect(page.getByText("Заполните это поле")).toHaveCount(2);
});

test("a signed-out visitor of a cabinet page is sent to the login page and back after signing in", async ({ page }) => {
  const person = await createPerson({ prefix: "next" });
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/login\?next=%2Fprofile/);
  await tryLogin(page, person.login, PASSWORD);
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByTestId("profile-login")).toHaveText(person.login);
});
