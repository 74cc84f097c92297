import { expect, test } from "@playwright/test";
import { login } from "../fixtures/login";
import { createPerson, createSubscriber } from "../fixtures/people";
import { latestMail } from "../fixtures/mailbox";
import { db } from "../fixtures/db";
import { pdfBytes } from "./upload-fixtures";

test("a user files a claim with a PDF, staff answer, the user sees the answer and the mail", async ({ browser }) => {
  const { owner, account } = await createSubscriber();
  const customer = await browser.newPage();
  await login(customer, owner.login);
  await customer.goto("/requests/new");
  await customer.getByLabel("Вид заявления").selectOption("CLAIM");
  await expect(customer.getByText(/не позднее чем через 15 календарных дней/)).toBeVisible();
  await customer.getByLabel("Тема").fill("Нет связи в офисе");
  await customer.getByLabel("Текст заявления").fill("С 9 утра нет интернета на порту 1. Прошу перерасчёт.");
  await customer.getByLabel("Файлы").setInputFiles({ name: "претензия.pdf", mimeType: "application/pdf", buffer: pdfBytes() });
  await expect(customer.getByTestId("picked-files")).toContainText("претензия.pdf");
  await customer.getByRole("button", { name: "Отправить заявление" }).click();
  await expect(customer).toHaveURL(/\/requests\/(?!new$)[a-z0-9]+$/, { timeout: 30_000 });
  const heading = customer.getByRole("heading", { level: 1 });
  await expect(heading).toContainText(/REQ-\d{4}-\d{6} · Нет связи в офисе/);
  const number = (await heading.textContent())!.match(/REQ-\d{4}-\d{6}/)![0];

  // The file was scanned clean: a download link, served as an attachment.
  const link = customer.getByRole("link", { name: "претензия.pdf" });
  await expect(link).toBeVisible();
  const download = await customer.request.get((await link.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="_+\.pdf"; filename\*=UTF-8''/);
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
  expect(Buffer.from(await download.body()).equals(pdfBytes())).toBe(true);

  // The list shows the claim's deadline and the time left.
  await customer.goto("/requests");
  const row = customer.getByTestId("request-row").filter({ hasText: number });
  await expect(row).toContainText("Претензия");
  await expect(row.getByTestId("due-date")).toContainText(/до \d{2}\.\d{2}\.\d{4}/);
  await expect(row.getByTestId("due-left")).toHaveText(/осталось 1[45] дн\. \d+ ч/);

  // Staff find it, take it and answer.
  const support = await createPerson({ staffRole: "SUPPORT", name: "Айгерим Support" });
  const staff = await (await browser.newContext()).newPage();
  await login(staff, support.login);
  await staff.goto(`/staff/requests?q=${number}`);
  await staff.getByRole("link", { name: number }).click();
  await expect(staff.getByTestId("request-account")).toContainText(account.number);
  await staff.getByRole("button", { name: "Взять в работу" }).click();
  await expect(staff.getByTestId("request-assignee")).toHaveText("Айгерим Support");
  await staff.getByLabel("Текст ответа").fill("Авария на линии устранена. Перерасчёт сделаем в следующем счёте.");
  await staff.getByRole("button", { name: "Отправить ответ" }).click();
  await expect(staff.getByTestId("request-message")).toHaveCount(2);

  // The customer sees the answer, the new status and the mail.
  await customer.goto("/requests");
  await customer.getByRole("link", { name: number }).click();
  await expect(customer.getByTestId("request-message").last()).toContainText("Авария на линии устранена");
  await expect(customer.getByTestId("request-status").first()).toHaveText("Ждёт вашего ответа");
  const mail = await latestMail(owner.email, "request-answer");
  expect(mail.subject).toBe(`Ответ по заявлению ${number}`);
  expect(mail.text).toContain("Авария на линии устранена");
  const notice = await db.notice.findFirst({ where: { accountId: account.id, kind: "REQUEST" } });
  expect(notice?.titleRu).toBe(`Ответ по заявлению ${number}`);

  // The customer replies and closes it.
  await customer.getByLabel("Сообщение").fill("Спасибо, связь есть.");
  await customer.getByRole("button", { name: "Отправить", exact: true }).click();
  await expect(customer.getByTestId("request-message")).toHaveCount(3);
  await customer.getByRole("button", { name: "Закрыть заявление" }).click();
  await customer.getByRole("button", { name: "Закрыть", exact: true }).click();
  await expect(customer.getByTestId("request-status").first()).toHaveText("Закрыто");
});
