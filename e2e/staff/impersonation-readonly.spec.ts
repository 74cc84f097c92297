import { expect, test, type Page } from "@playwright/test";
import { db } from "../fixtures/db";
import { createSubscriber } from "../fixtures/people";
import { createStaff, pageFor } from "./staff-fixtures";

// Issue 15, item 7: a staff view ("view as") starts only with a stated purpose; the cabinet
// it shows is visibly read-only (every control that would change something is disabled,
// the reason on screen, not a refusal after submitting); the owner reads the purpose on
// the provider-access screen.

const READ_ONLY = "Просмотр сотрудником провайдера: только чтение. Кнопки изменений отключены.";
const PURPOSE = "Заявление 77: клиент не видит счёт на оплату";

async function expectDisabledWithReason(page: Page, path: string, buttonName: string) {
  if (!page.url().endsWith(path)) await page.goto(path);
  await expect(page.getByTestId("read-only-note")).toHaveText(READ_ONLY);
  const button = page.getByRole("button", { name: buttonName, exact: true });
  await expect(button, `${buttonName} on ${path}`).toBeDisabled();
  await expect(button).toHaveAttribute("title", READ_ONLY);
  await expect(button).toHaveAccessibleDescription(READ_ONLY);
}

test("a staff view needs a purpose, shows every change disabled with the reason, and the owner reads the purpose", async ({ browser }) => {
  const { subscriber, account, owner, member } = await createSubscriber({ memberPermissions: ["finance.read", "notices.read"] });
  const support = await createStaff("SUPPORT");
  const staffPage = await pageFor(browser, support, /\/staff$/);

  // No purpose: refused on the field, in words, and nothing starts.
  await staffPage.goto(`/staff/subscribers/${subscriber.id}`);
  const form = staffPage.getByTestId(`impersonate-form-${account.id}`);
  await form.getByLabel("Пользователь").selectOption({ label: `${owner.name} (владелец)` });
  await form.getByRole("button", { name: "Смотреть как пользователь" }).click();
  await expect(form.getByText("Укажите цель просмотра: не короче 5 символов")).toBeVisible();
  await expect(form.getByLabel("Цель просмотра")).toHaveAttribute("aria-invalid", "true");
  await expect(staffPage).toHaveURL(new RegExp(`/staff/subscribers/${subscriber.id}$`));
  expect(await db.impersonation.count({ where: { staffId: support.id } })).toBe(0);

  await form.getByLabel("Цель просмотра").fill(PURPOSE);
  await form.getByRole("button", { name: "Смотреть как пользователь" }).click();
  await expect(staffPage).toHaveURL(/\/dashboard$/);
  await expect(staffPage.getByTestId("impersonation-banner")).toBeVisible();

  // The customer's screens: the forms are there, as the customer sees them, but disabled.
  await expectDisabledWithReason(staffPage, "/profile", "Сохранить");
  await expect(staffPage.getByTestId("profile-details-form").getByLabel("Имя и фамилия")).toBeDisabled();
  await expectDisabledWithReason(staffPage, "/profile", "Сменить пароль");
  await expectDisabledWithReason(staffPage, "/users/new", "Пригласить");
  await expect(staffPage.getByTestId("invite-form").getByLabel("Email")).toBeDisabled();
  await expect(staffPage.getByTestId("preset-NONE")).toBeDisabled();
  await expectDisabledWithReason(staffPage, `/users/${member!.id}`, "Сохранить права");
  await expectDisabledWithReason(staffPage, "/services/changes", "Подключить");
  await expectDisabledWithReason(staffPage, "/requests/new", "Отправить заявление");
  await expect(staffPage.getByLabel("Тема", { exact: true })).toBeDisabled();
  await staffPage.goto("/provider-access");
  await expect(staffPage.getByTestId("consent-switch")).toBeDisabled();
  await expect(staffPage.getByTestId("consent-switch")).toHaveAccessibleDescription(READ_ONLY);

  // Reads stay open: a filter, the menu, the language, and the staff member's own "stop".
  await staffPage.goto("/documents");
  await expect(staffPage.getByTestId("documents-filter").getByRole("button", { name: "Показать" })).toBeEnabled();
  await expect(staffPage.getByTestId("language-switcher")).toBeEnabled();
  await expect(staffPage.getByTestId("stop-impersonation")).toBeEnabled();

  // The owner sees the view, who made it, and its purpose.
  const ownerPage = await pageFor(browser, owner);
  await ownerPage.goto("/provider-access");
  await expect(ownerPage.getByTestId("read-only-note")).toHaveCount(0);
  await expect(ownerPage.getByTestId("consent-switch")).toBeEnabled();
  const view = ownerPage.getByTestId("staff-view").filter({ hasText: support.name });
  await expect(view).toHaveCount(1);
  await expect(view).toContainText(owner.name);
  await expect(view).toContainText("идёт сейчас");
  await expect(view.getByTestId("staff-view-purpose")).toHaveText(PURPOSE);

  await staffPage.getByTestId("stop-impersonation").click();
  await expect(staffPage).toHaveURL(/\/staff$/);
  await ownerPage.reload();
  await expect(view).not.toContainText("идёт сейчас");
  await expect(view.getByTestId("staff-view-purpose")).toHaveText(PURPOSE);
});
