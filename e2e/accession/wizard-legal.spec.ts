import { expect, test } from "@playwright/test";
import { registerFreshPerson } from "./fresh-person";
import { latestMail } from "../fixtures/mailbox";
import { legalEntity, newIin, next, ownAccount } from "../fixtures/accession";

// A legal entity accedes from the trial cabinet to the full cabinet, and every step
// first refuses bad input with a message on the field.
test("a legal entity walks the wizard, refused bad input on every step, into the full cabinet", async ({ page }) => {
  const person = await registerFreshPerson(page, "acc-legal", "Айгерим Нурланова");
  const org = legalEntity();
  await expect(page.getByTestId("trial-catalogue")).toBeVisible();
  await page.getByRole("link", { name: "Стать абонентом" }).click();

  // Step 1: nothing chosen.
  await expect(page).toHaveURL(/\/accession\/kind$/);
  await expect(page.getByTestId("wizard-progress")).toContainText("Шаг 1 из 5");
  await next(page);
  await expect(page.getByText("Выберите значение")).toBeVisible();
  await page.getByRole("radio", { name: /Юридическое лицо/ }).check();
  await next(page);

  // Step 2: an IIN where a BIN is expected, a wrong check digit, a bad IBAN, a BIN that
  // is already a subscriber's (the demo's Астана Логистик), missing names.
  await expect(page).toHaveURL(/\/accession\/requisites$/);
  const bin = page.getByLabel("БИН", { exact: true });
  await bin.fill(newIin());
  await page.getByLabel("Номер счёта (IBAN)").fill("KZ29 7220 0000 0001 2346");
  await page.getByLabel("БИК банка").fill(org.bic);
  await next(page);
  await expect(page.getByText(/Это не БИН организации/)).toBeVisible();
  await expect(page.getByText(/IBAN не проходит проверку/)).toBeVisible();
  await expect(page.getByText("Заполните это поле").first()).toBeVisible();
  await expect(bin).toHaveAttribute("aria-invalid", "true");
  await bin.fill(`${org.taxId.slice(0, 11)}${(Number(org.taxId[11]) + 1) % 10}`);
  await next(page);
  await expect(page.getByText(/Неверная контрольная цифра/)).toBeVisible();
  await bin.fill("150440001236");
  await page.getByLabel("Полное наименование").fill(org.name);
  await page.getByLabel("Сокращённое наименование").fill(org.shortName);
  await page.getByLabel("Юридический адрес").fill(org.legalAddress);
  await page.getByLabel("Почтовый адрес совпадает с юридическим").uncheck();
  await page.getByLabel("Почтовый адрес", { exact: true }).fill(org.postalAddress);
  await page.getByLabel("Номер счёта (IBAN)").fill(org.iban);
  await page.getByLabel("Наименование банка (необязательно)").fill(org.bankName);
  await page.getByLabel(/Плательщик НДС/).check();
  await next(page);
  await expect(page.getByText(/уже заключён договор.*службу поддержки/)).toBeVisible();
  await expect(page.getByText("Астана Логистик")).toHaveCount(0);
  await bin.fill(org.taxId);
  await next(page);

  // Step 3: bad email and phone; a power of attorney without number and date.
  await expect(page).toHaveURL(/\/accession\/contacts$/);
  await expect(page.getByLabel("Фамилия и имя")).toHaveValue("Айгерим Нурланова");
  await page.getByLabel("Электронная почта").fill("aigerim@");
  await page.getByLabel("Телефон").fill("12345");
  await page.getByLabel("Действует на основании").selectOption("POWER_OF_ATTORNEY");
  await next(page);
  await expect(page.getByText(/Введите адрес электронной почты/)).toBeVisible();
  await expect(page.getByText(/Введите номер в формате/)).toBeVisible();
  await expect(page.getByText(/Введите имя и фамилию/)).toBeVisible();
  await expect(page.getByLabel("Номер доверенности")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Электронная почта").fill(person.email);
  await page.getByLabel("Телефон").fill("+7 701 234 56 78");
  await page.getByLabel("Фамилия, имя, отчество подписанта").fill("Ерлан Қайратұлы Сәтбаев");
  await page.getByLabel("Должность").fill("Коммерческий директор");
  await page.getByLabel("Номер доверенности").fill("17/2026");
  await page.getByLabel("Дата доверенности").fill("2026-01-15");
  await next(page);

  // Step 4: nothing chosen; a quantity of 0; then postpaid and the live total.
  await expect(page).toHaveURL(/\/accession\/services$/);
  await next(page);
  await expect(page.getByRole("alert").filter({ hasText: "Выберите хотя бы одну услугу" })).toBeVisible();
  await page.getByRole("checkbox", { name: /Бизнес 100 Мбит\/с/ }).check();
  await page.getByLabel("Количество: SIP-линия").fill("0");
  await page.getByRole("checkbox", { name: /SIP-линия/ }).check();
  await next(page);
  await expect(page.getByText("Количество — целое число от 1 до 1000")).toBeVisible();
  await page.getByLabel("Количество: SIP-линия").fill("5");
  await page.getByRole("checkbox", { name: /Защита Pro/ }).check();
  await page.getByRole("radio", { name: /Постоплата/ }).check();
  // 45 000 + 5 × 1 500 + 150 000 = 202 500 ₸; with 16 % VAT 234 900 ₸.
  await expect(page.getByTestId("total-gross")).toHaveText(/234\s900,00\s₸/);
  // A prepaid-only tariff switches the choice back to prepaid and says why.
  await page.getByRole("checkbox", { name: /Домашний 200 Мбит\/с/ }).check();
  await expect(page.getByRole("radio", { name: /Постоплата/ })).toBeDisabled();
  await expect(page.getByTestId("postpaid-hint")).toContainText("Домашний 200 Мбит/с");
  await page.getByRole("checkbox", { name: /Домашний 200 Мбит\/с/ }).uncheck();
  await page.getByRole("radio", { name: /Постоплата/ }).check();
  await next(page);

  // Step 5: everything entered, the offer, and the two boxes.
  await expect(page).toHaveURL(/\/accession\/review$/);
  await expect(page.getByTestId("review-requisites")).toContainText(org.taxId);
  await expect(page.getByTestId("review-requisites")).toContainText(org.postalAddress);
  await expect(page.getByTestId("review-contacts")).toContainText("доверенность № 17/2026");
  await expect(page.getByTestId("review-gross")).toHaveText(/234\s900,00\s₸/);
  await expect(page.getByTestId("review-offer")).toContainText("Редакция 1.0");
  const accept = page.getByRole("button", { name: "Принять оферту и заключить договор" });
  await accept.click();
  await expect(page.getByText(/Без согласия на обработку персональных данных/)).toBeVisible();
  await expect(page.getByText(/подтвердите, что принимаете оферту/)).toBeVisible();
  await page.getByRole("checkbox", { name: /согласие на сбор и обработку/ }).check();
  await page.getByRole("checkbox", { name: /принимаю её условия/ }).check();
  // A double click: still one subscriber.
  await accept.dblclick();

  await expect(page).toHaveURL(/\/dashboard$/);
  const membership = await ownAccount(person.id);
  const { account } = membership;
  expect(account.subscriber).toMatchObject({ kind: "LEGAL", taxId: org.taxId, contractNumber: expect.stringMatching(/^KMP-\d{4}-\d{6}$/) });
  expect(account).toMatchObject({ billingMethod: "POSTPAID", creditLimit: 0 });
  expect(account.subscriptions.map((s) => `${s.tariff.code}×${s.quantity}`).sort()).toEqual(["DDOS-PRO×1", "DIA-100×1", "SIP-LINE×5"]);
  await expect(page.getByText(account.number).first()).toBeVisible();
  await expect(page.getByText(org.name).first()).toBeVisible();

  const mail = await latestMail(person.email, "contract-created");
  expect(mail.subject).toContain(account.subscriber.contractNumber);
  expect(mail.text).toContain(account.number);

  // The statement of accession, for its owner.
  const pdf = await page.request.get(`/api/accession/${account.subscriberId}/statement`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");

  // The trial cabinet and the wizard are behind them now.
  await page.goto("/trial");
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/accession/kind");
  await expect(page).toHaveURL(/\/dashboard$/);
});
