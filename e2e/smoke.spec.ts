import { expect, test } from "@playwright/test";
import { loginWithForm } from "./fixtures/login";
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
