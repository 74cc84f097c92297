import { expect, test } from "@playwright/test";
import { db } from "../fixtures/db";
import { latestMail, linkIn } from "../fixtures/mailbox";
import { login } from "../fixtures/login";
import { PASSWORD, createPerson, uniqueEmail } from "../fixtures/people";
import { NEW_PASSWORD } from "./helpers";

test("a signed-out visitor of the profile is sent to the login page", async ({ page }) => {
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/login\?next=%2Fprofile/);
});

test("name and phone are edited, and the change shows in the history with old and new values", async ({ page }) => {
  const person = await createPerson({ prefix: "edit" });
  await login(page, person.login);
  await page.goto("/profile");
  await expect(page.getByTestId("profile-login")).toHaveText(person.login);
  const form = page.getByTestId("profile-details-form");
  await form.getByLabel("Имя и фамилия").fill("Динара Жумабаева");
  await form.getByLabel("Телефон").fill("8 (705) 987-65-43");
  await form.getByRole("button", { name: "Сохранить" }).click();
  await expect(page.getByText("Изменения сохранены")).toBeVisible();

  const history = page.getByTestId("profile-history");
  await expect(history.locator('tr[data-field="name"]')).toContainText(person.name);
  await expect(history.locator('tr[data-field="name"]')).toContainText("Динара Жумабаева");
  await expect(history.locator('tr[data-field="phone"]')).toContainText("+77059876543");
  await page.reload();
  await expect(page.getByTestId("profile-details-form").getByLabel("Телефон")).toHaveValue("+77059876543");
});

test("the profile forms show field errors for bad input and save nothing", async ({ page }) => {
  const person = await createPerson({ prefix: "badprof" });
  await login(page, person.login);
  await page.goto("/profile");
  const details = page.getByTestId("profile-details-form");
  await details.getByLabel("Имя и фамилия").fill("A");
  await details.getByLabel("Телефон").fill("123");
  await details.getByRole("button", { name: "Сохранить" }).click();
  await expect(details.getByText("Введите имя и фамилию (от 2 до 120 символов)")).toBeVisible();
  await expect(details.getByText("Введите номер в формате +7 XXX XXX XX XX")).toBeVisible();

  const email = page.getByTestId("email-change-form");
  await email.getByLabel("Новый адрес").fill(person.email);
  await email.getByRole("button", { name: "Отправить ссылку" }).click();
  await expect(email.getByText("Это ваш текущий адрес")).toBeVisible();

  const password = page.getByTestId("change-password-form");
  await password.getByLabel("Текущий пароль").fill("Not-My-Password-1");
  await password.getByLabel("Новый пароль", { exact: true }).fill(NEW_PASSWORD);
  await password.getByLabel("Повторите новый пароль").fill(NEW_PASSWORD);
  await password.getByRole("button", { name: "Сменить пароль" }).click();
  await expect(password.getByText("Неверный текущий пароль")).toBeVisible();

  expect(await db.profileChange.count({ where: { userId: person.id } })).toBe(0);
  expect(await db.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ name: person.name, email: person.email });
});

test("the email changes only through the link sent to the new address; the old address is told", async ({ page }) => {
  const person = await createPerson({ prefix: "mail" });
  const newEmail = uniqueEmail("newmail");
  await login(page, person.login);
  await page.goto("/profile");
  const form = page.getByTestId("email-change-form");
  await form.getByLabel("Новый адрес").fill(newEmail);
  await form.getByRole("button", { name: "Отправить ссылку" }).click();
  await expect(page.getByText(`Если адрес ${newEmail} можно использовать`)).toBeVisible();
  await expect(page.getByTestId("profile-email")).toHaveText(person.email);

  const link = linkIn(await latestMail(newEmail, "email-change"), "confirm-email");
  await page.goto(link);
  await page.getByRole("button", { name: "Подтвердить адрес" }).click();
  await expect(page.getByTestId("email-confirmed")).toContainText(newEmail);
  await page.getByRole("link", { name: "Перейти в профиль" }).click();
  await expect(page.getByTestId("profile-email")).toHaveText(newEmail);
  await expect(page.getByTestId("profile-history").locator('tr[data-field="email"]')).toContainText(newEmail);
  const notice = await latestMail(person.email, "email-changed");
  expect(notice.text).toContain(newEmail);

  await page.goto(link);
  await expect(page.getByTestId("link-used")).toBeVisible();
});

test("changing the password ends the session in another browser and keeps this one", async ({ page, browser }) => {
  const owner = await createPerson({ prefix: "chpass" });
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await login(otherPage, owner.login);
  await login(page, owner.login);

  await page.goto("/profile");
  const form = page.getByTestId("change-password-form");
  await form.getByLabel("Текущий пароль").fill(PASSWORD);
  await form.getByLabel("Новый пароль", { exact: true }).fill(NEW_PASSWORD);
  await form.getByLabel("Повторите новый пароль").fill(NEW_PASSWORD);
  await form.getByRole("button", { name: "Сменить пароль" }).click();
  await expect(page.getByText("Пароль изменён. Завершён 1 другой сеанс.")).toBeVisible();
  await latestMail(owner.email, "password-changed");
  await expect(page.getByTestId("profile-history").locator('tr[data-field="password"]')).toHaveCount(1);

  await otherPage.goto("/profile");
  await expect(otherPage).toHaveURL(/\/login/);
  await other.close();
  await page.reload();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByTestId("profile-login")).toHaveText(owner.login);
});
