import { expect, test } from "@playwright/test";
import { db } from "../fixtures/db";
import { latestMail } from "../fixtures/mailbox";
import { createSubscriber } from "../fixtures/people";
import { createStaff, pageFor } from "./staff-fixtures";

test("with consent required, support must ask; the owner approves in the cabinet; only then can support view", async ({ browser }) => {
  const { subscriber, account, owner, member } = await createSubscriber({ memberPermissions: ["finance.read"] });
  const support = await createStaff("SUPPORT");

  // The owner switches consent on; a member has no such screen.
  const ownerPage = await pageFor(browser, owner);
  await ownerPage.goto("/provider-access");
  await ownerPage.getByTestId("consent-switch").click();
  await expect.poll(async () => (await db.account.findUniqueOrThrow({ where: { id: account.id } })).providerAccessConsent).toBe(true);
  const memberPage = await pageFor(browser, member!);
  expect((await memberPage.goto("/provider-access"))!.status()).toBe(403);

  // Support cannot view yet, and asks.
  const staffPage = await pageFor(browser, support);
  await staffPage.goto(`/staff/subscribers/${subscriber.id}`);
  const form = staffPage.getByTestId(`impersonate-form-${account.id}`);
  await form.getByLabel("Цель просмотра").fill("Проверка начислений по заявлению 5");
  await form.getByRole("button", { name: "Смотреть как пользователь" }).click();
  await expect(form.getByText("Владелец требует согласия на доступ: запросите его и дождитесь разрешения")).toBeVisible();
  expect(await db.impersonation.count({ where: { staffId: support.id } })).toBe(0);
  const ask = staffPage.getByTestId(`access-request-form-${account.id}`);
  await ask.getByLabel("Зачем нужен доступ").fill("Проверка начислений по заявлению 5");
  await ask.getByRole("button", { name: "Запросить доступ у владельца" }).click();
  await expect(staffPage.getByText("Запрос доступа ждёт решения владельца.")).toBeVisible();
  const mail = await latestMail(owner.email, "staff-accessRequested");
  expect(mail.text).toContain("Проверка начислений по заявлению 5");

  // Still pending: still refused.
  await form.getByLabel("Цель просмотра").fill("Проверка начислений по заявлению 5");
  await form.getByRole("button", { name: "Смотреть как пользователь" }).click();
  await expect(form.getByText("Владелец требует согласия на доступ: запросите его и дождитесь разрешения")).toBeVisible();

  // The owner is told on every page, and approves for the default four hours.
  await ownerPage.reload();
  await expect(ownerPage.getByTestId("pending-access-banner")).toBeVisible();
  const requests = ownerPage.getByTestId("access-requests");
  await expect(requests).toContainText("Проверка начислений по заявлению 5");
  await requests.getByRole("button", { name: "Разрешить" }).click();
  await expect(requests).toContainText("разрешён");

  // Now support views the cabinet, and the owner sees the session.
  await staffPage.reload();
  await expect(staffPage.getByText(/Владелец разрешил доступ до/)).toBeVisible();
  await form.getByLabel("Цель просмотра").fill("Проверка начислений по заявлению 5");
  await form.getByRole("button", { name: "Смотреть как пользователь" }).click();
  await expect(staffPage).toHaveURL(/\/dashboard$/);
  await expect(staffPage.getByTestId("impersonation-banner")).toBeVisible();
  await ownerPage.reload();
  await expect(ownerPage.getByRole("cell", { name: support.name })).toBeVisible();
  await expect(ownerPage.getByText("идёт сейчас")).toBeVisible();
  await expect(ownerPage.getByTestId("staff-view-purpose").first()).toHaveText("Проверка начислений по заявлению 5");

  // The owner closes access early: the view ends at once.
  await requests.getByRole("button", { name: "Закрыть доступ сейчас" }).click();
  await expect(requests.getByRole("button", { name: "Закрыть доступ сейчас" })).toHaveCount(0);
  await staffPage.goto("/dashboard");
  await expect(staffPage.getByTestId("impersonation-banner")).toHaveCount(0);
});
