import { expect, type Browser, type Page } from "@playwright/test";
import { login } from "../fixtures/login";

// A second browser (its own cookies), signed in as `identifier`.
export async function signedInPage(browser: Browser, identifier: string, expectPath?: RegExp): Promise<Page> {
  const context = await browser.newContext({ locale: "ru-RU" });
  const page = await context.newPage();
  await login(page, identifier, undefined, expectPath);
  return page;
}

// A cabinet page the caller may not see: 403 with the "no access" screen. Until a page of
// another feature exists in this branch it answers 404, which refuses just as well.
export async function expectRefused(page: Page, path: string) {
  const response = await page.goto(path);
  expect([403, 404], `${path} answered ${response?.status()}`).toContain(response?.status());
  if (response?.status() === 403) await expect(page.getByTestId("forbidden")).toBeVisible();
}

export function navLink(page: Page, name: RegExp | string) {
  return page.getByRole("navigation", { name: "Меню" }).getByRole("link", { name });
}

export async function inviteUser(page: Page, person: { email: string; name: string; phone?: string }, preset?: "ACCOUNTANT" | "ENGINEER" | "VIEWER") {
  await page.goto("/users");
  await page.getByTestId("invite-user").click();
  await expect(page).toHaveURL(/\/users\/new$/);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Имя и фамилия").fill(person.name);
  await page.getByLabel("Телефон").fill(person.phone ?? "+7 701 123 45 67");
  if (preset) await page.getByTestId(`preset-${preset}`).click();
  await page.getByRole("button", { name: "Пригласить" }).click();
}
