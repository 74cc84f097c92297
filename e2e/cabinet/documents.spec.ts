import { expect, test } from "@playwright/test";
import { login } from "../fixtures/login";
import { db } from "../fixtures/db";
import { DEMO_PASSWORD, createDocumentFor, seededAccount } from "./fixtures";
import { createSubscriber } from "../fixtures/people";

test("the owner lists the seeded documents, filters them, pages and downloads a PDF", async ({ page }) => {
  const { account } = await seededAccount("100000001");
  const total = await db.document.count({ where: { accountId: account.id, kind: { in: ["INVOICE", "ACT", "TAX_INVOICE"] } } });
  await login(page, "alogistic", DEMO_PASSWORD);
  await page.goto("/documents");
  await expect(page.getByRole("heading", { level: 1, name: "Документы" })).toBeVisible();
  await expect(page.getByTestId("documents-count")).toContainText(String(total));
  await expect(page.getByTestId("document-row")).toHaveCount(Math.min(20, total));
  await expect(page.getByTestId("pagination")).toBeVisible();

  await page.getByLabel("Статус").selectOption("OVERDUE");
  await page.getByRole("button", { name: "Показать" }).click();
  await expect(page.getByTestId("document-row")).toHaveCount(1);
  await expect(page.getByTestId("document-row")).toContainText("Просрочен");

  await page.goto("/documents?kind=ACT");
  const acts = await db.document.count({ where: { accountId: account.id, kind: "ACT" } });
  await expect(page.getByTestId("documents-count")).toContainText(String(acts));
  await expect(page.getByTestId("document-rows")).not.toContainText("Счёт-фактура");

  const link = page.getByTestId("document-row").first().getByRole("link", { name: /PDF/ });
  const response = await page.request.get((await link.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toContain("attachment");
});

test("a member without documents.read can neither open the documents nor download a PDF by URL", async ({ page }) => {
  const { account, member } = await createSubscriber({ memberPermissions: ["finance.read", "notices.read"] });
  const document = await createDocumentFor(account.id);
  await login(page, member!.login);
  await page.goto("/documents");
  await expect(page.getByTestId("forbidden")).toBeVisible();
  await expect(page.getByText(document.number)).toHaveCount(0);
  const response = await page.request.get(`/api/documents/${document.id}/pdf`);
  expect(response.status()).toBe(403);
  const body = await response.body();
  expect(body.subarray(0, 5).toString()).not.toBe("%PDF-");
  expect(body.toString()).not.toContain(document.number);
});

test("a user of another account asking for this account's document id gets 404", async ({ page }) => {
  const { account } = await createSubscriber();
  const document = await createDocumentFor(account.id, "ACT");
  const other = await createSubscriber();
  await login(page, other.owner.login);
  const response = await page.request.get(`/api/documents/${document.id}/pdf`);
  expect(response.status()).toBe(404);
  expect((await response.body()).toString()).not.toContain(document.number);
});
