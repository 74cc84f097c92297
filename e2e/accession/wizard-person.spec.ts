import { expect, test, type Page } from "@playwright/test";
import { registerFreshPerson } from "./fresh-person";
import { next, ownAccount, privatePerson } from "../fixtures/accession";

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

async function fitsTheScreen(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(0);
}

// A private person on a 360 px phone: from the trial cabinet to the full cabinet.
test("a private person walks the wizard at 360 px into the full cabinet", async ({ page }) => {
  const person = await registerFreshPerson(page, "acc-person", "Әйгерім Сәрсенбаева");
  const me = privatePerson();
  await expect(page.getByTestId("trial-demo")).toBeVisible();
  await fitsTheScreen(page);
  await page.getByRole("link", { name: "Стать абонентом" }).click();

  await expect(page).toHaveURL(/\/accession\/kind$/);
  await fitsTheScreen(page);
  await page.getByRole("radio", { name: /Физическое лицо/ }).check();
  await next(page);

  // A BIN typed for a person is refused with a message on the field.
  await expect(page).toHaveURL(/\/accession\/requisites$/);
  await fitsTheScreen(page);
  await expect(page.getByLabel(/Плательщик НДС/)).toHaveCount(0);
  const iin = page.getByLabel("ИИН", { exact: true });
  await iin.fill("170540004569");
  await page.getByLabel("Фамилия, имя, отчество полностью").fill(me.name);
  await page.getByLabel("Фамилия и инициалы").fill(me.shortName);
  await page.getByLabel("Адрес регистрации").fill(me.legalAddress);
  await page.getByLabel("Номер счёта (IBAN)").fill(me.iban);
  await page.getByLabel("БИК банка").fill(me.bic);
  await next(page);
  await expect(page.getByText(/Это не ИИН/)).toBeVisible();
  await iin.fill(me.taxId);
  await next(page);

  await expect(page).toHaveURL(/\/accession\/contacts$/);
  await fitsTheScreen(page);
  await expect(page.getByText("Физическое лицо принимает оферту лично")).toBeVisible();
  await expect(page.getByLabel("Электронная почта")).toHaveValue(person.email);
  await next(page);

  await expect(page).toHaveURL(/\/accession\/services$/);
  await fitsTheScreen(page);
  await expect(page.getByRole("radio", { name: /Постоплата/ })).toBeDisabled();
  await expect(page.getByText("Постоплата доступна только юридическим лицам и ИП.")).toBeVisible();
  await page.getByRole("checkbox", { name: /Домашний 200 Мбит\/с/ }).check();
  await page.getByRole("checkbox", { name: /Пакет 1 ТБ/ }).check();
  await page.getByLabel("Количество: Пакет 1 ТБ").fill("2");
  // 7 990 + 2 × 18 000 = 43 990 ₸; with 16 % VAT 51 028,40 ₸.
  await expect(page.getByTestId("total-gross")).toHaveText(/51\s028,40\s₸/);
  await next(page);

  await expect(page).toHaveURL(/\/accession\/review$/);
  await fitsTheScreen(page);
  await expect(page.getByTestId("review-requisites")).toContainText(me.taxId);
  await page.getByRole("checkbox", { name: /согласие на сбор и обработку/ }).check();
  await page.getByRole("checkbox", { name: /принимаю её условия/ }).check();
  await page.getByRole("button", { name: "Принять оферту и заключить договор" }).click();

  await expect(page).toHaveURL(/\/dashboard$/);
  const { account } = await ownAccount(person.id);
  expect(account.subscriber).toMatchObject({ kind: "PERSON", taxId: me.taxId, name: me.name, signatoryName: null });
  expect(account.billingMethod).toBe("PREPAID");
  await expect(page.getByText(account.number).first()).toBeVisible();
  await fitsTheScreen(page);
});
