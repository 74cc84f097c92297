import { expect, test } from "@playwright/test";
import { login, loginWithForm } from "./fixtures/login";
import { createSubscriber } from "./fixtures/people";

test("a signed-out visitor is sent to the login page, with security headers", async ({ page }) => {
  const response = await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?next=%2Fdashboard/);
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});

test("an owner logs in and sees the cabinet; the page runs under the CSP without violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to/.test(msg.text())) violations.push(msg.text());
  });
  const { owner } = await createSubscriber();
  await loginWithForm(page, owner.login);
  await expect(page.getByTestId("user-name")).toHaveText(owner.name);
  expect(violations).toEqual([]);
});

test("an unknown address answers 404 with the cabinet's own page, signed out and signed in", async ({ page }) => {
  const signedOut = await page.goto("/no-such-page");
  expect(signedOut!.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Страница не найдена" })).toBeVisible();
  await expect(page.getByRole("link", { name: "На главную" })).toHaveAttribute("href", "/dashboard");

  const { owner } = await createSubscriber();
  await login(page, owner.login);
  // The console is a 404 to a customer.
  const staffOnly = await page.goto("/staff/requests");
  expect(staffOnly!.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Страница не найдена" })).toBeVisible();
});
