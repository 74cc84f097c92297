import { expect, test } from "@playwright/test";
import { db } from "../fixtures/db";
import { latestMail } from "../fixtures/mailbox";
import { PASSWORD, createSubscriber } from "../fixtures/people";
import { createStaff, pageFor } from "./staff-fixtures";

test("an administrator suspends services: the cabinet stays readable and says why; termination ends access with an explanation", async ({ browser }) => {
  const { subscriber, account, owner } = await createSubscriber();
  const admin = await createStaff("ADMIN");
  const adminPage = await pageFor(browser, admin);
  await adminPage.goto(`/staff/subscribers/${subscriber.id}`);
  const lifecycle = adminPage.getByTestId(`account-status-form-${account.id}`);
  await lifecycle.getByLabel("Действие").selectOption({ label: "Приостановить оказание услуг" });
  await lifecycle.getByRole("button", { name: "Применить" }).click();
  // A destructive change asks first, spelling out what follows, with the reason inside.
  const confirmSuspend = lifecycle.getByRole("alertdialog", { name: `Приостановить оказание услуг по лицевому счёту ${account.number}?` });
  await expect(confirmSuspend).toContainText("Кабинет останется доступен владельцу и пользователям для просмотра");
  await confirmSuspend.getByLabel("Причина").fill("Задолженность за октябрь 2026 года");
  await confirmSuspend.getByRole("button", { name: "Приостановить услуги" }).click();
  await expect(adminPage.getByTestId(`account-${account.number}`)).toContainText("услуги приостановлены");
  // The suspension's time is kept: no monthly fee for its days, which the card lists.
  await expect(adminPage.getByTestId(`account-${account.number}`).getByTestId("account-suspensions")).toContainText("продолжается");
  await latestMail(owner.email, "staff-accountSuspended");

  const ownerPage = await pageFor(browser, owner);
  await expect(ownerPage).toHaveURL(/\/dashboard$/);
  await expect(ownerPage.getByTestId("account-suspended-banner")).toContainText("Задолженность за октябрь 2026 года");
  await expect(ownerPage.getByTestId("account-suspended-banner")).toContainText("Абонентская плата за дни приостановления не начисляется");
  await expect(ownerPage.getByTestId("dashboard-greeting")).toBeVisible();

  await lifecycle.getByLabel("Действие").selectOption({ label: "Расторгнуть договор" });
  await lifecycle.getByRole("button", { name: "Применить" }).click();
  const confirmTerminate = lifecycle.getByRole("alertdialog", { name: `Расторгнуть договор по лицевому счёту ${account.number}?` });
  await expect(confirmTerminate).toContainText("Отменить расторжение нельзя");
  await confirmTerminate.getByLabel("Причина").fill("Расторжение по заявлению абонента");
  await confirmTerminate.getByRole("button", { name: "Расторгнуть договор" }).click();
  await expect(adminPage.getByTestId(`account-${account.number}`)).toContainText("договор расторгнут");
  // Terminated, the suspension is over: it has an end.
  await expect(adminPage.getByTestId(`account-${account.number}`).getByTestId("account-suspensions")).not.toContainText("продолжается");
  expect(await db.accountSuspension.count({ where: { accountId: account.id, endedAt: { not: null } } })).toBe(1);

  await ownerPage.goto("/dashboard");
  await expect(ownerPage).toHaveURL(/\/account-closed$/);
  await expect(ownerPage.getByRole("heading", { name: "Договор расторгнут" })).toBeVisible();
  await expect(ownerPage.getByTestId("account-closed-reason")).toContainText("Расторжение по заявлению абонента");
  await latestMail(owner.email, "staff-accountTerminated");
  expect(await db.auditLog.count({ where: { accountId: account.id, actorId: admin.id, action: { in: ["account.suspend", "account.terminate"] } } })).toBe(2);
});

test("an administrator blocks one user: they cannot sign in and are told why; support sees no such controls", async ({ browser }) => {
  const { subscriber, account, member } = await createSubscriber({ memberPermissions: ["finance.read"] });
  const admin = await createStaff("ADMIN");
  const adminPage = await pageFor(browser, admin);
  await adminPage.goto(`/staff/subscribers/${subscriber.id}`);
  const block = adminPage.getByTestId(`user-status-form-${member!.id}`);
  await block.getByRole("button", { name: "Заблокировать" }).click();
  const confirmBlock = block.getByRole("alertdialog", { name: `Заблокировать пользователя ${member!.name}?` });
  await expect(confirmBlock).toContainText("войти он больше не сможет ни в один кабинет");
  await confirmBlock.getByLabel("Причина блокировки").fill("Автоматический сбор данных из кабинета");
  await confirmBlock.getByRole("button", { name: "Заблокировать пользователя" }).click();
  await expect.poll(async () => (await db.user.findUniqueOrThrow({ where: { id: member!.id } })).status).toBe("BLOCKED");
  await latestMail(member!.email, "staff-userBlocked");

  const context = await browser.newContext({ locale: "ru-RU" });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Логин или email").fill(member!.login);
  await page.getByLabel("Пароль", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByText("Причина: Автоматический сбор данных из кабинета")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);

  const support = await createStaff("SUPPORT");
  const supportPage = await pageFor(browser, support);
  await supportPage.goto(`/staff/subscribers/${subscriber.id}`);
  await expect(supportPage.getByTestId(`account-${account.number}`)).toBeVisible();
  await expect(supportPage.getByTestId(`user-status-form-${member!.id}`)).toHaveCount(0);
  await expect(supportPage.getByTestId(`account-status-form-${account.id}`)).toHaveCount(0);
  expect((await supportPage.goto("/staff/billing"))!.status()).toBe(404);
});
