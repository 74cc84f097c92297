import { expect, test } from "@playwright/test";
import { login } from "../fixtures/login";
import { createPerson, createSubscriber } from "../fixtures/people";
import { latestMail } from "../fixtures/mailbox";
import { db } from "../fixtures/db";

test("staff approve a service-change request in the console and the service is connected", async ({ browser }) => {
  const { owner, account } = await createSubscriber({ billingMethod: "POSTPAID" });
  const customer = await browser.newPage();
  await login(customer, owner.login);
  await customer.goto("/services/changes");
  const select = customer.getByLabel("Тариф", { exact: true });
  await select.selectOption((await select.locator("option", { hasText: "Защита Pro" }).getAttribute("value"))!);
  await customer.getByRole("button", { name: "Отправить заявку на подключение" }).click();
  await expect(customer.getByTestId("change-result")).toBeVisible();
  const request = await db.supportRequest.findFirstOrThrow({ where: { accountId: account.id, topic: "SERVICE_CHANGE" } });

  const support = await createPerson({ staffRole: "SUPPORT" });
  const staff = await (await browser.newContext()).newPage();
  await login(staff, support.login);
  await staff.goto(`/staff/requests?topic=SERVICE_CHANGE&q=${request.number}`);
  await staff.getByRole("link", { name: request.number }).click();
  await expect(staff.getByTestId("service-change-summary")).toContainText("Подключение: Защита Pro × 1");
  await staff.getByRole("button", { name: "Одобрить и применить" }).click();
  await expect(staff.getByTestId("service-change-summary")).toContainText("Одобрено и применено");

  await customer.goto("/services/changes");
  await expect(customer.getByTestId("subscription-row").filter({ hasText: "Защита Pro" })).toBeVisible();
  await expect(customer.getByTestId("next-charge-line").filter({ hasText: "Защита Pro" })).toBeVisible();
  const mail = await latestMail(owner.email, "request-answer");
  expect(mail.text).toContain("Изменение одобрено и применено");
});
