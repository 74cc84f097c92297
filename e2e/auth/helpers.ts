import { createHash, randomInt, randomUUID } from "node:crypto";
import { expect, type Browser, type Page } from "@playwright/test";
import { db } from "../fixtures/db";
import { latestMail, linkIn } from "../fixtures/mailbox";
import { clock } from "../../lib/clock";

// Fixtures of the sign-in specs: people who go through the real forms, and the links the
// development outbox received for them.

export const NEW_PASSWORD = "Steppe-Wind-2026";
export const BAD_CREDENTIALS = "Неверный логин или пароль";

export function uniqueLogin(prefix = "e2e"): string {
  return `${prefix}.${randomUUID().slice(0, 8)}`;
}

// A browser context of its own address: the login slowdown counts failures per address,
// so one spec's wrong passwords never slow down another's.
export async function newContextFromOwnIp(browser: Browser, options: Parameters<Browser["newContext"]>[0] = {}) {
  const ip = `10.${randomInt(1, 255)}.${randomInt(255)}.${randomInt(1, 255)}`;
  return browser.newContext({ ...options, extraHTTPHeaders: { ...options.extraHTTPHeaders, "x-forwarded-for": ip } });
}

export async function fillRegistration(page: Page, person: { email: string; name?: string; phone?: string }) {
  await page.goto("/register");
  await page.getByLabel("Электронная почта").fill(person.email);
  await page.getByLabel("Имя и фамилия").fill(person.name ?? "Айгерим Нурланова");
  await page.getByLabel("Телефон").fill(person.phone ?? "+7 701 234 56 78");
  await page.getByLabel(/Я принимаю/).check();
  await page.getByRole("button", { name: "Зарегистрироваться" }).click();
}

export async function register(page: Page, person: { email: string; name?: string; phone?: string }) {
  const since = new Date(clock.nowMs() - 1000);
  await fillRegistration(page, person);
  await expect(page.getByTestId("check-mail")).toBeVisible();
  return since;
}

export async function activationLinkFor(email: string, since?: Date): Promise<string> {
  return linkIn(await latestMail(email, "activation", since), "activate");
}

export async function fillActivation(page: Page, login: string, password = NEW_PASSWORD, confirm = password) {
  await page.getByLabel("Логин").fill(login);
  await page.getByLabel("Пароль", { exact: true }).fill(password);
  await page.getByLabel("Повторите пароль").fill(confirm);
  await page.getByRole("button", { name: "Завершить регистрацию" }).click();
}

// Register at /register, follow the mailed link and choose a login: the person ends up
// signed in. A person without an account is sent on to the trial page.
export async function registerAndActivate(page: Page, email: string, login: string, password = NEW_PASSWORD) {
  const since = await register(page, { email });
  await page.goto(await activationLinkFor(email, since));
  await fillActivation(page, login, password);
  await expect(page).toHaveURL(/\/(trial|dashboard)/, { timeout: 20_000 });
}

export async function logOut(page: Page) {
  if (!/\/profile/.test(page.url())) await page.goto("/profile");
  await page.getByTestId("logout").click();
  await expect(page).toHaveURL(/\/login/);
}

// Makes the link at `path` (as linkIn returns it) expire now.
export async function expireLink(path: string) {
  const token = path.split("/").pop()!;
  const hash = createHash("sha256").update(token).digest("hex");
  await db.authToken.update({ where: { tokenHash: hash }, data: { expiresAt: new Date(clock.nowMs() - 60_000) } });
}
