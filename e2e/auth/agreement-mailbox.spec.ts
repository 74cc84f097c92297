import { expect, test } from "@playwright/test";
import { latestMail } from "../fixtures/mailbox";
import { createPerson, createSubscriber } from "../fixtures/people";
import { login } from "../fixtures/login";
import { createStaff } from "../staff/staff-fixtures";
import { newContextFromOwnIp } from "./helpers";

test("the agreement page shows the version in force with its date, and the earlier versions", async ({ page, baseURL }) => {
  await page.goto("/agreement");
  await expect(page.getByTestId("agreement-title")).toHaveText("Соглашение о пользовании web-сервисом «Личный кабинет»");
  await expect(page.getByTestId("agreement-version")).toHaveText("Редакция 2.0");
  await expect(page.getByRole("main").getByText("Действует с 1 сентября 2026").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "7. Двухфакторный вход и доступ поддержки" })).toBeVisible();

  const versions = page.getByTestId("agreement-versions");
  await versions.getByRole("link", { name: "Редакция 1.0" }).click();
  await expect(page).toHaveURL(/\/agreement\?version=1\.0/);
  await expect(page.getByTestId("agreement-version")).toHaveText("Редакция 1.0");
  await expect(page.getByText("Эта редакция больше не действует")).toBeVisible();
  await expect(page.getByRole("heading", { name: "7. Двухфакторный вход и доступ поддержки" })).toHaveCount(0);

  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "kk", url: baseURL! }]);
  await page.goto("/agreement");
  await expect(page.getByTestId("agreement-title")).toHaveText("«Жеке кабинет» веб-сервисін пайдалану туралы келісім");
  await expect(page.getByRole("heading", { name: "2. Тіркелу және кіру" })).toBeVisible();
});

test("the registration form links to the agreement it asks to accept", async ({ page }) => {
  await page.goto("/register");
  const link = page.getByTestId("register-form").getByRole("link", { name: "пользовательское соглашение" });
  await expect(link).toHaveAttribute("href", "/agreement");
  await expect(page.getByText("(редакция 2.0)")).toBeVisible();
});

test("the development mailbox lists mail and opens it sandboxed, under the CSP", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to/.test(msg.text())) violations.push(msg.text());
  });
  const person = await createPerson({ prefix: "mailbox" });
  await page.goto("/forgot-password");
  await page.getByLabel("Электронная почта").fill(person.email);
  await page.getByRole("button", { name: "Отправить ссылку" }).click();
  await latestMail(person.email, "password-reset");

  await page.goto(`/dev/mailbox?to=${encodeURIComponent(person.email)}`);
  await page.getByRole("link", { name: "Восстановление пароля от личного кабинета" }).click();
  const message = page.getByTestId("mailbox-message");
  await expect(message.locator("iframe")).toHaveAttribute("sandbox", "");
  await expect(page.frameLocator("iframe").getByText("Задайте новый пароль")).toBeVisible();
  await message.getByRole("link", { name: /\/reset-password\// }).first().click();
  await expect(page.getByTestId("reset-form")).toBeVisible();
  expect(violations).toEqual([]);
});

test("the development mailbox is not for customers on other machines", async ({ browser }) => {
  // A browser elsewhere (its address passed on by the trusted loopback proxy), signed in as
  // a customer: the mailbox does not exist for it. Staff from the same address read it.
  const context = await newContextFromOwnIp(browser);
  const page = await context.newPage();
  expect((await page.goto("/dev/mailbox"))?.status()).toBe(404);
  const { owner } = await createSubscriber();
  await login(page, owner.login);
  expect((await page.goto("/dev/mailbox"))?.status()).toBe(404);
  await context.close();

  const staff = await createStaff("SUPPORT");
  const staffContext = await newContextFromOwnIp(browser);
  const staffPage = await staffContext.newPage();
  await login(staffPage, staff.login);
  expect((await staffPage.goto("/dev/mailbox"))?.status()).toBe(200);
  await staffContext.close();
});
