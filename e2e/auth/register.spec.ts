import { expect, test } from "@playwright/test";
import { db } from "../fixtures/db";
import { latestMail } from "../fixtures/mailbox";
import { createPerson, uniqueEmail } from "../fixtures/people";
import { loginWithForm } from "../fixtures/login";
import { NEW_PASSWORD, activationLinkFor, expireLink, fillActivation, fillRegistration, logOut, register, registerAndActivate, uniqueLogin } from "./helpers";
import { clock } from "../../lib/clock";

test("register → mail → activate → signed in → log out → log in with the email and with the login", async ({ page }) => {
  const email = uniqueEmail("reg");
  const loginName = uniqueLogin("Reg");
  await registerAndActivate(page, email, loginName);

  await page.goto("/profile");
  await expect(page.getByTestId("profile-login")).toHaveText(loginName);
  await expect(page.getByTestId("profile-email")).toHaveText(email);
  const user = await db.user.findUniqueOrThrow({ where: { email }, include: { acceptances: { include: { version: true } } } });
  expect(user.status).toBe("ACTIVE");
  expect(user.acceptances.map((a) => [a.method, a.version.kind])).toEqual([["REGISTRATION", "AGREEMENT"]]);

  await logOut(page);
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/login/);
  await loginWithForm(page, email.toUpperCase(), NEW_PASSWORD);
  await logOut(page);
  await loginWithForm(page, loginName.toLowerCase(), NEW_PASSWORD);
  await page.goto("/profile");
  await expect(page.getByTestId("profile-login")).toHaveText(loginName);
});

test("a registered address gets the same answer, a mail saying so, and no second account", async ({ page }) => {
  const existing = await createPerson({ prefix: "dup" });
  const fresh = uniqueEmail("dupfresh");

  await register(page, { email: fresh });
  const freshText = (await page.getByTestId("check-mail").innerText()).replace(fresh, "EMAIL");
  await register(page, { email: existing.email, name: "Кто-то Другой" });
  const existingText = (await page.getByTestId("check-mail").innerText()).replace(existing.email, "EMAIL");
  expect(existingText).toBe(freshText);

  expect(await db.user.count({ where: { email: existing.email } })).toBe(1);
  expect((await db.user.findUniqueOrThrow({ where: { email: existing.email } })).name).toBe(existing.name);
  const mail = await latestMail(existing.email, "already-registered");
  expect(mail.subject).toContain("уже зарегистрирован");
  expect(await db.outboxEmail.count({ where: { to: existing.email, template: "activation" } })).toBe(0);
});

test("the registration form shows field errors for bad input and saves nothing", async ({ page }) => {
  await page.goto("/register");
  await page.getByLabel("Телефон").fill("");
  await page.getByRole("button", { name: "Зарегистрироваться" }).click();
  await expect(page.getByLabel("Электронная почта")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Электронная почта")).toBeFocused();
  await expect(page.getByText("Введите имя и фамилию (от 2 до 120 символов)")).toBeVisible();
  await expect(page.getByText("Чтобы зарегистрироваться, примите пользовательское соглашение")).toBeVisible();

  const email = uniqueEmail("badform");
  await page.getByLabel("Электронная почта").fill(email);
  await page.getByLabel("Имя и фамилия").fill("Айгерим Нурланова");
  await page.getByLabel("Телефон").fill("+1 555 0100");
  await page.getByLabel(/Я принимаю/).check();
  await page.getByRole("button", { name: "Зарегистрироваться" }).click();
  await expect(page.getByText("Введите номер в формате +7 XXX XXX XX XX")).toBeVisible();
  await expect(page.getByTestId("check-mail")).toHaveCount(0);
  expect(await db.user.count({ where: { email } })).toBe(0);
});

test("the activation form refuses a bad login, a weak password and a mismatch, and saves nothing", async ({ page }) => {
  const taken = await createPerson({ prefix: "taken" });
  const email = uniqueEmail("act");
  const since = await register(page, { email });
  await page.goto(await activationLinkFor(email, since));

  await fillActivation(page, "a b", "qwerty123456", "qwerty1234567");
  await expect(page.getByText("Логин: от 3 до 32 латинских букв")).toBeVisible();
  await expect(page.getByText("Этот пароль слишком распространён, выберите другой")).toBeVisible();
  await expect(page.getByText("Пароли не совпадают")).toBeVisible();

  // The server's own checks: a login taken without regard to case, a password made of the address.
  await fillActivation(page, taken.login.toUpperCase(), NEW_PASSWORD);
  await expect(page.getByText("Этот логин уже занят")).toBeVisible();
  const local = email.split("@")[0];
  await fillActivation(page, uniqueLogin(), `${local}-2026`);
  await expect(page.getByText("Пароль не должен совпадать с логином или адресом почты")).toBeVisible();

  const user = await db.user.findUniqueOrThrow({ where: { email } });
  expect(user).toMatchObject({ status: "PENDING", login: null, passwordHash: null });
});

test("a used link and an expired link are refused and explained; a new link can be asked for", async ({ page }) => {
  const email = uniqueEmail("links");
  const since = await register(page, { email });
  const first = await activationLinkFor(email, since);

  await expireLink(first);
  await page.goto(first);
  await expect(page.getByText("Срок действия ссылки истёк").first()).toBeVisible();
  await expect(page.getByTestId("activation-form")).toHaveCount(0);

  await page.getByRole("button", { name: "Отправить новую ссылку" }).click();
  await expect(page.getByTestId("resend-activation-form").getByText("Заполните это поле")).toBeVisible();
  const resentSince = clock.now();
  await page.getByTestId("resend-activation-form").getByLabel("Электронная почта").fill(email);
  await page.getByRole("button", { name: "Отправить новую ссылку" }).click();
  await expect(page.getByText(`Если для адреса ${email} есть незавершённая регистрация`)).toBeVisible();
  const second = await activationLinkFor(email, resentSince);
  expect(second).not.toBe(first);

  await page.goto(second);
  await fillActivation(page, uniqueLogin("Links"));
  await expect(page).toHaveURL(/\/(trial|dashboard)/, { timeout: 20_000 });

  await page.goto(second);
  await expect(page.getByTestId("link-used")).toBeVisible();
  await page.goto("/activate/not-a-real-link-0000000000000000000000000");
  await expect(page.getByTestId("link-unknown")).toBeVisible();
});

test("send the link again from the check-mail screen replaces the old link", async ({ page }) => {
  const email = uniqueEmail("resend");
  const since = await register(page, { email });
  const first = await activationLinkFor(email, since);
  const resentSince = clock.now();
  await page.getByRole("button", { name: "Отправить ссылку ещё раз" }).click();
  await expect(page.getByText("Письмо отправлено ещё раз")).toBeVisible();
  const second = await activationLinkFor(email, resentSince);
  expect(second).not.toBe(first);
  await page.goto(first);
  await expect(page.getByTestId("link-used")).toBeVisible();
  await page.goto(second);
  await expect(page.getByTestId("activation-form")).toBeVisible();
});

test.describe("at 360 × 740", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test("the whole path from registration to logging in works on a phone", async ({ page }) => {
    const email = uniqueEmail("mobile");
    const loginName = uniqueLogin("Mob");
    await fillRegistration(page, { email });
    await expect(page.getByTestId("check-mail")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.goto(await activationLinkFor(email));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await fillActivation(page, loginName);
    await expect(page).toHaveURL(/\/(trial|dashboard)/, { timeout: 20_000 });
    await page.goto("/profile");
    await expect(page.getByTestId("profile-login")).toHaveText(loginName);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await logOut(page);
    await loginWithForm(page, loginName, NEW_PASSWORD);
  });
});

test("a person who registered in Kazakh gets Kazakh mail, and a fresh browser speaks Kazakh after signing in", async ({ page, browser, baseURL }) => {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "kk", url: baseURL! }]);
  const email = uniqueEmail("kk");
  const loginName = uniqueLogin("Kk");
  await page.goto("/register");
  await page.getByLabel("Электрондық пошта").fill(email);
  await page.getByLabel("Аты-жөні").fill("Ержан Сапаров");
  await page.getByLabel("Телефон").fill("+77051234567");
  await page.getByLabel(/қабылдаймын/).check();
  await page.getByRole("button", { name: "Тіркелу" }).click();
  const mail = await latestMail(email, "activation");
  expect(mail.subject).toBe("Жеке кабинетте тіркелуді аяқтаңыз");

  await page.goto(await activationLinkFor(email));
  await page.getByLabel("Логин").fill(loginName);
  await page.getByLabel("Құпиясөз", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Құпиясөзді қайталаңыз").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Тіркелуді аяқтау" }).click();
  await expect(page).toHaveURL(/\/(trial|dashboard)/, { timeout: 20_000 });

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await loginWithForm(other, loginName, NEW_PASSWORD);
  await other.goto("/profile");
  await expect(other.locator("html")).toHaveAttribute("lang", "kk");
  await fresh.close();
});
