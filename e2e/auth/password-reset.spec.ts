import { expect, test } from "@playwright/test";
import { db } from "../fixtures/db";
import { latestMail, linkIn } from "../fixtures/mailbox";
import { login, loginWithForm } from "../fixtures/login";
import { PASSWORD, createPerson, uniqueEmail } from "../fixtures/people";
import { NEW_PASSWORD, expireLink } from "./helpers";
import { clock } from "../../lib/clock";

async function askForReset(page: import("@playwright/test").Page, email: string) {
  const since = new Date(clock.nowMs() - 1000);
  await page.goto("/forgot-password");
  await page.getByLabel("Электронная почта").fill(email);
  await page.getByRole("button", { name: "Отправить ссылку" }).click();
  await expect(page.getByTestId("forgot-sent")).toBeVisible();
  return since;
}

test("forgot → mail → reset: the old session in another browser is signed out at once", async ({ page, browser }) => {
  const person = await createPerson({ prefix: "reset" });
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await login(otherPage, person.login);
  await otherPage.goto("/profile");
  await expect(otherPage.getByTestId("profile-login")).toHaveText(person.login);

  const since = await askForReset(page, person.email);
  await expect(page.getByTestId("forgot-sent")).toContainText(person.email);
  const link = linkIn(await latestMail(person.email, "password-reset", since), "reset-password");
  await page.goto(link);
  await page.getByLabel("Новый пароль", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Повторите новый пароль").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Сменить пароль" }).click();
  await expect(page.getByTestId("reset-done")).toBeVisible();
  await latestMail(person.email, "password-changed", since);

  await otherPage.goto("/profile");
  await expect(otherPage).toHaveURL(/\/login/);
  await other.close();

  await page.getByRole("link", { name: "Войти" }).click();
  await loginWithForm(page, person.email, NEW_PASSWORD);

  // The link worked once.
  await page.goto(link);
  await expect(page.getByTestId("link-used")).toBeVisible();
  await expect(page.getByTestId("reset-form")).toHaveCount(0);
});

test("an expired reset link is refused, and a new one can be asked for on the spot", async ({ page }) => {
  const person = await createPerson({ prefix: "expired" });
  const since = await askForReset(page, person.email);
  const link = linkIn(await latestMail(person.email, "password-reset", since), "reset-password");
  await expireLink(link);
  await page.goto(link);
  await expect(page.getByTestId("link-expired")).toBeVisible();
  await expect(page.getByTestId("reset-form")).toHaveCount(0);

  const again = clock.now();
  await page.getByLabel("Электронная почта").fill(person.email);
  await page.getByRole("button", { name: "Отправить ссылку" }).click();
  await expect(page.getByTestId("forgot-sent")).toBeVisible();
  const fresh = linkIn(await latestMail(person.email, "password-reset", again), "reset-password");
  await page.goto(fresh);
  await expect(page.getByTestId("reset-form")).toBeVisible();
});

test("forgot password answers an unknown address the same way and mails nothing", async ({ page }) => {
  const email = uniqueEmail("unknown");
  await askForReset(page, email);
  await expect(page.getByTestId("forgot-sent")).toContainText(`Если адрес ${email} зарегистрирован`);
  expect(await db.outboxEmail.count({ where: { to: email } })).toBe(0);
});

test("the reset forms show field errors for bad input and change nothing", async ({ page }) => {
  await page.goto("/forgot-password");
  await page.getByLabel("Электронная почта").fill("not-an-email");
  await page.getByRole("button", { name: "Отправить ссылку" }).click();
  await expect(page.getByText("Введите адрес электронной почты, например name@company.kz")).toBeVisible();

  const person = await createPerson({ prefix: "weak" });
  const before = (await db.user.findUniqueOrThrow({ where: { id: person.id } })).passwordHash;
  const since = await askForReset(page, person.email);
  await page.goto(linkIn(await latestMail(person.email, "password-reset", since), "reset-password"));
  await page.getByLabel("Новый пароль", { exact: true }).fill("short1");
  await page.getByLabel("Повторите новый пароль").fill("short2");
  await page.getByRole("button", { name: "Сменить пароль" }).click();
  await expect(page.getByText("Пароль должен быть не короче 10 символов")).toBeVisible();
  await expect(page.getByText("Пароли не совпадают")).toBeVisible();
  const likeLogin = `${person.login}-2026`;
  await page.getByLabel("Новый пароль", { exact: true }).fill(likeLogin);
  await page.getByLabel("Повторите новый пароль").fill(likeLogin);
  await page.getByRole("button", { name: "Сменить пароль" }).click();
  await expect(page.getByText("Пароль не должен совпадать с логином или адресом почты")).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).passwordHash).toBe(before);
  await loginWithForm(page, person.login, PASSWORD);
});
