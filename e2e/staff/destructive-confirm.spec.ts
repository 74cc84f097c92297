import { expect, test } from "@playwright/test";
import { db } from "../fixtures/db";
import { login } from "../fixtures/login";
import { createSubscriber } from "../fixtures/people";
import { actionId, callAction } from "../fixtures/direct-action";
import { createStaff, pageFor } from "./staff-fixtures";

// Terminating a contract, blocking an account or a person, and an owner's removing or
// suspending a member never take one click: a confirmation spells out what follows and
// asks for a reason, which the form and the server both require.

const NO_REASON = "Укажите причину (не короче 5 символов)";

test("an administrator's termination and block ask first, with the consequence and a required reason", async ({ browser, baseURL }) => {
  const { subscriber, account, member } = await createSubscriber({ memberPermissions: ["finance.read"] });
  const admin = await createStaff("ADMIN");
  const page = await pageFor(browser, admin);
  await page.goto(`/staff/subscribers/${subscriber.id}`);

  const lifecycle = page.getByTestId(`account-status-form-${account.id}`);
  await lifecycle.getByLabel("Действие").selectOption({ label: "Расторгнуть договор" });
  await lifecycle.getByRole("button", { name: "Применить" }).click();
  const dialog = lifecycle.getByRole("alertdialog", { name: `Расторгнуть договор по лицевому счёту ${account.number}?` });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Все услуги лицевого счёта будут отключены");
  await expect(dialog).toContainText("Отменить расторжение нельзя");
  await expect(dialog.getByLabel("Причина")).toBeFocused();

  // Confirming without a reason: the field says so, nothing happens.
  await dialog.getByRole("button", { name: "Расторгнуть договор" }).click();
  await expect(dialog.getByText(NO_REASON)).toBeVisible();
  await expect(dialog.getByLabel("Причина")).toHaveAttribute("aria-invalid", "true");
  expect((await db.account.findUniqueOrThrow({ where: { id: account.id } })).status).toBe("ACTIVE");

  // Escape cancels and gives the focus back to the button that opened it.
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(lifecycle.getByRole("button", { name: "Применить" })).toBeFocused();

  // A hand-made request without the reason is refused on the server, on the reason field.
  const id = actionId("lib/actions/staff-change-account-status.ts", "staffChangeAccountStatus");
  expect(id).not.toBeNull();
  const call = await callAction(page.request, baseURL!, id!, { accountId: account.id, operation: "TERMINATE", reason: "" });
  expect(call.result as unknown).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { reason: "staff.validation.reason" } });
  expect((await db.account.findUniqueOrThrow({ where: { id: account.id } })).status).toBe("ACTIVE");
  expect(await db.auditLog.count({ where: { accountId: account.id, action: "account.terminate" } })).toBe(0);

  // Blocking one person: the same, in the users table.
  const block = page.getByTestId(`user-status-form-${member!.id}`);
  await block.getByRole("button", { name: "Заблокировать" }).click();
  const blockDialog = block.getByRole("alertdialog", { name: `Заблокировать пользователя ${member!.name}?` });
  await expect(blockDialog).toContainText("Все сеансы пользователя завершатся сразу");
  await blockDialog.getByLabel("Причина блокировки").fill("abc");
  await blockDialog.getByRole("button", { name: "Заблокировать пользователя" }).click();
  await expect(blockDialog.getByText(NO_REASON)).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { id: member!.id } })).status).toBe("ACTIVE");

  // With a reason it goes through, and the reason is in the log.
  await blockDialog.getByLabel("Причина блокировки").fill("Подбор паролей к чужим кабинетам");
  await blockDialog.getByRole("button", { name: "Заблокировать пользователя" }).click();
  await expect.poll(async () => (await db.user.findUniqueOrThrow({ where: { id: member!.id } })).status).toBe("BLOCKED");
  const row = await db.auditLog.findFirstOrThrow({ where: { accountId: account.id, action: "user.block", objectId: member!.id } });
  expect(JSON.parse(row.details!)).toMatchObject({ reason: "Подбор паролей к чужим кабинетам" });
  await page.context().close();
});

test("an owner's removal of a member asks first, with the consequence and a required reason", async ({ page }) => {
  const { owner, member, account } = await createSubscriber({ memberPermissions: ["finance.read"] });
  await login(page, owner.login);
  await page.goto(`/users/${member!.id}`);

  await page.getByTestId("remove-member").click();
  const dialog = page.getByRole("alertdialog", { name: `Удалить ${member!.name} из личного кабинета?` });
  await expect(dialog).toContainText("вернуть пользователя можно только новым приглашением");
  await expect(dialog.getByLabel("Причина")).toBeFocused();
  await page.getByTestId("confirm-remove").click();
  await expect(dialog.getByText(NO_REASON)).toBeVisible();
  expect(await db.membership.count({ where: { accountId: account.id, userId: member!.id } })).toBe(1);

  await dialog.getByRole("button", { name: "Отмена" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId("remove-member")).toBeFocused();

  await page.getByTestId("suspend-member").click();
  const suspend = page.getByTestId("suspend-member-dialog");
  await expect(suspend).toHaveAttribute("role", "alertdialog");
  await expect(suspend).toContainText("сразу потеряет доступ к этому кабинету");
  await page.getByTestId("confirm-suspend").click();
  await expect(suspend.getByText(NO_REASON)).toBeVisible();
  expect((await db.membership.findFirstOrThrow({ where: { accountId: account.id, userId: member!.id } })).status).toBe("ACTIVE");
});
