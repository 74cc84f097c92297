import { expect, test } from "@playwright/test";
import { login } from "../fixtures/login";
import { createPerson } from "../fixtures/people";
import { legalEntity, next } from "../fixtures/accession";

// Leaving at step 3 and coming back "the next day" in another browser (a new context:
// no cookies, no memory) resumes at step 3 with everything saved.
test("a draft survives the browser: a new context resumes at step 3 with the data", async ({ browser }) => {
  const person = await createPerson({ prefix: "acc-resume" });
  const org = legalEntity();

  const first = await browser.newContext();
  const page = await first.newPage();
  await login(page, person.login, undefined, /\/trial/);
  await page.getByRole("link", { name: "Стать абонентом" }).click();
  await page.getByRole("radio", { name: /Индивидуальный предприниматель/ }).check();
  await next(page);
  await page.getByLabel("БИН", { exact: true }).fill(org.taxId);
  await page.getByLabel("Полное наименование").fill(org.name);
  await page.getByLabel("Сокращённое наименование").fill(org.shortName);
  await page.getByLabel("Юридический адрес").fill(org.legalAddress);
  await page.getByLabel("Номер счёта (IBAN)").fill(org.iban);
  await page.getByLabel("БИК банка").fill(org.bic);
  await next(page);
  await expect(page).toHaveURL(/\/accession\/contacts$/);

  // Back and forward keep what was typed, even unsaved.
  await page.getByLabel("Должность").fill("Индивидуальный предприниматель");
  await page.getByRole("link", { name: "Назад" }).click();
  await expect(page).toHaveURL(/\/accession\/requisites$/);
  await expect(page.getByLabel("Полное наименование")).toHaveValue(org.name);
  await next(page);
  await expect(page.getByLabel("Должность")).toHaveValue("Индивидуальный предприниматель");
  await first.close();

  const second = await browser.newContext();
  const again = await second.newPage();
  await login(again, person.login, undefined, /\/trial/);
  await expect(again.getByTestId("trial-cta")).toContainText("шаге 3 из 5");
  await again.getByRole("link", { name: "Продолжить оформление" }).click();
  await expect(again).toHaveURL(/\/accession\/contacts$/);
  await expect(again.getByTestId("wizard-progress")).toContainText("Шаг 3 из 5");
  await expect(again.getByTestId("wizard-summary")).toContainText(org.shortName);
  await expect(again.getByTestId("wizard-summary")).toContainText(org.taxId);
  await again.getByRole("link", { name: "Назад" }).click();
  await expect(again.getByLabel("БИН", { exact: true })).toHaveValue(org.taxId);
  await expect(again.getByLabel("Юридический адрес")).toHaveValue(org.legalAddress);
  await expect(again.getByRole("radio", { name: /Индивидуальный предприниматель/ })).toHaveCount(0);
  await second.close();
});

test("jumping to the review by URL is refused with the step to complete", async ({ page }) => {
  const person = await createPerson({ prefix: "acc-jump" });
  await login(page, person.login, undefined, /\/trial/);
  await page.goto("/accession/review");
  await expect(page).toHaveURL(/\/accession\/kind\?blocked=review$/);
  await expect(page.getByTestId("wizard-blocked")).toContainText("Шаг «Проверка и акцепт» пока недоступен: сначала заполните шаг «Кто подключается»");
  await page.getByRole("radio", { name: /Юридическое лицо/ }).check();
  await next(page);
  await page.goto("/accession/services");
  await expect(page).toHaveURL(/\/accession\/requisites\?blocked=services$/);
  await expect(page.getByTestId("wizard-blocked")).toContainText("сначала заполните шаг «Реквизиты»");
});
