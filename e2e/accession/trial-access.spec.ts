import { expect, test } from "@playwright/test";
import { login } from "../fixtures/login";
import { db } from "../fixtures/db";
import { createPerson, createSubscriber } from "../fixtures/people";

test("the trial cabinet shows the catalogue with prices, the offer and a marked demo, nothing of any subscriber", async ({ page }) => {
  const person = await createPerson({ prefix: "acc-trial" });
  await login(page, person.login, undefined, /\/trial/);
  await expect(page.getByRole("heading", { name: "Пробный доступ" })).toBeVisible();
  const catalogue = page.getByTestId("trial-catalogue");
  // Business 100: 45 000 ₸ without VAT, 52 200 ₸ with 16 % VAT.
  const row = catalogue.getByRole("row", { name: /Бизнес 100 Мбит\/с/ });
  await expect(row).toContainText(/45\s000,00\s₸/);
  await expect(row).toContainText(/52\s200,00\s₸/);
  await expect(catalogue).toContainText("Подключение после технического согласования");
  await expect(page.getByTestId("trial-offer")).toContainText("Редакция 1.0");
  await page.getByText("Читать текст оферты").click();
  await expect(page.getByTestId("trial-offer")).toContainText("Персональные данные обрабатываются и хранятся на территории Республики Казахстан");
  await expect(page.getByTestId("demo-watermark")).toContainText("ДЕМО");
  for (const demo of ["100000001", "Астана Логистик", "Жумабаев"]) await expect(page.getByText(demo)).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Стать абонентом" })).toHaveCount(1);
});

test("a subscriber's member is sent from the trial cabinet to the dashboard and cannot read another subscriber's statement", async ({ page }) => {
  const { member } = await createSubscriber({ memberPermissions: ["documents.read"], billingMethod: "PREPAID" });
  // Another subscriber: the demo's Астана Логистик.
  const other = { subscriber: await db.subscriber.findUniqueOrThrow({ where: { taxId: "150440001236" } }) };
  await login(page, member!.login);
  await page.goto("/trial");
  await expect(page).toHaveURL(/\/dashboard$/);
  const response = await page.request.get(`/api/accession/${other.subscriber.id}/statement`);
  expect(response.status()).toBe(404);
});

test("the owner of a subscriber is sent from the wizard to the dashboard", async ({ page }) => {
  const { owner } = await createSubscriber({ billingMethod: "PREPAID" });
  await login(page, owner.login);
  for (const path of ["/trial", "/accession", "/accession/kind", "/accession/review"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/dashboard$/);
  }
});

test("a signed-out visitor is sent to the login page", async ({ page }) => {
  for (const path of ["/trial", "/accession/requisites"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/login\?next=/);
  }
  const response = await page.request.get("/api/accession/anything/statement");
  expect(response.status()).toBe(401);
});
