import { expect, test, type Page } from "@playwright/test";
import { db } from "../fixtures/db";
import { login } from "../fixtures/login";
import { PASSWORD, createSubscriber } from "../fixtures/people";
import { PERMISSIONS } from "../../lib/auth/permissions";
import { expectRefused, navLink, signedInPage } from "./helpers";

async function openMember(page: Page, email: string) {
  await page.goto("/users");
  await page.locator(`[data-testid=member-row][data-email="${email}"]`).getByRole("link", { name: /Управлять/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

test.describe("managing users", () => {
  test("grants changed while the member is signed in apply on the member's next page load", async ({ page, browser }) => {
    const { owner, member } = await createSubscriber({ memberPermissions: ["finance.read", "notices.read"] });
    const memberPage = await signedInPage(browser, member!.login);
    await expect(navLink(memberPage, "Финансы")).toBeVisible();
    await expect(navLink(memberPage, "Статистика")).toHaveCount(0);

    await login(page, owner.login);
    await openMember(page, member!.email);
    await page.getByTestId("preset-ENGINEER").click();
    await page.getByRole("button", { name: "Сохранить права" }).click();
    await expect(page.getByText("Права сохранены")).toBeVisible();

    // No new login: the same session, the next navigation.
    await memberPage.reload();
    await expect(navLink(memberPage, "Статистика")).toBeVisible();
    await expect(navLink(memberPage, "Услуги")).toBeVisible();
    await expect(navLink(memberPage, "Финансы")).toHaveCount(0);
    await expectRefused(memberPage, "/finance");
    await memberPage.context().close();
  });

  test("a suspended member loses the account at once, a restored one gets it back, a removed one loses it for good", async ({ page, browser }) => {
    const { owner, member, account, subscriber } = await createSubscriber({ memberPermissions: ["finance.read"] });
    const memberPage = await signedInPage(browser, member!.login);
    await expect(memberPage.getByText(subscriber.shortName).first()).toBeVisible();

    await login(page, owner.login);
    await openMember(page, member!.email);
    await page.getByTestId("suspend-member").click();
    await page.getByTestId("suspend-member-dialog").getByLabel("Причина").fill("Сотрудник в отпуске");
    await page.getByTestId("confirm-suspend").click();
    await expect(page.getByText("Доступ приостановлен").first()).toBeVisible();
    await expect(page.getByTestId("restore-member")).toBeVisible();

    await memberPage.goto("/dashboard");
    await expect(memberPage).toHaveURL(/\/trial/);
    expect(await memberPage.content()).not.toContain(account.number);

    await page.getByTestId("restore-member").click();
    await expect(page.getByTestId("suspend-member")).toBeVisible();
    await memberPage.goto("/dashboard");
    await expect(memberPage).toHaveURL(/\/dashboard/);

    await page.getByTestId("remove-member").click();
    await page.getByTestId("remove-member-dialog").getByLabel("Причина").fill("Сотрудник уволился");
    await page.getByTestId("confirm-remove").click();
    await expect(page).toHaveURL(/\/users$/);
    await expect(page.locator(`[data-testid=member-row][data-email="${member!.email}"]`)).toHaveCount(0);

    await memberPage.goto("/dashboard");
    await expect(memberPage).toHaveURL(/\/trial/);
    expect(await memberPage.content()).not.toContain(account.number);
    // The person keeps their login.
    expect((await db.user.findUniqueOrThrow({ where: { id: member!.id } })).status).toBe("ACTIVE");
    await memberPage.context().close();
  });

  test("the last owner cannot be removed: the owner's own row offers no such action, a direct call is refused", async ({ page }) => {
    const { owner, account } = await createSubscriber();
    await login(page, owner.login);
    await page.goto("/users");
    const ownRow = page.locator(`[data-testid=member-row][data-email="${owner.email}"]`);
    await expect(ownRow).toContainText("Владелец");
    await expect(ownRow.getByRole("link", { name: /Управлять/ })).toHaveCount(0);
    await page.goto(`/users/${owner.id}`);
    await expect(page.getByTestId("remove-member")).toHaveCount(0);
    expect(await db.membership.findFirst({ where: { accountId: account.id, userId: owner.id } })).toMatchObject({ role: "OWNER", status: "ACTIVE" });
  });

  test("ownership transfer, confirmed with the password; then the audit log shows every step", async ({ page, browser }) => {
    const { owner, member, account } = await createSubscriber({ memberPermissions: ["finance.read"] });
    await login(page, owner.login);
    await openMember(page, member!.email);
    // Grants first, so the log has more than one kind of entry.
    await page.getByTestId("grant-documents.read").check();
    await page.getByRole("button", { name: "Сохранить права" }).click();
    await expect(page.getByText("Права сохранены")).toBeVisible();

    await page.getByLabel("Ваш пароль").fill("not-my-password-1");
    await page.getByTestId("start-transfer").click();
    await page.getByTestId("confirm-transfer").click();
    await expect(page.getByText("Неверный пароль")).toBeVisible();

    await page.getByLabel("Ваш пароль").fill(PASSWORD);
    await page.getByTestId("start-transfer").click();
    await expect(page.getByText(/Передать владение кабинетом .*\?/)).toBeVisible();
    await page.getByTestId("confirm-transfer").click();
    await expect(page).toHaveURL(/\/dashboard/);
    await expect(navLink(page, "Пользователи")).toHaveCount(0);
    await expectRefused(page, "/users");

    const roles = await db.membership.findMany({ where: { accountId: account.id }, select: { userId: true, role: true, permissions: true } });
    expect(roles.find((r) => r.userId === member!.id)?.role).toBe("OWNER");
    expect(roles.find((r) => r.userId === owner.id)).toMatchObject({ role: "MEMBER" });
    expect(JSON.parse(roles.find((r) => r.userId === owner.id)!.permissions).sort()).toEqual([...PERMISSIONS].sort()); // every grant a member can hold

    const newOwner = await signedInPage(browser, member!.login);
    await newOwner.goto("/users");
    await expect(newOwner.locator(`[data-testid=member-row][data-email="${owner.email}"]`)).toContainText("Пользователь");

    await newOwner.goto("/audit");
    await expect(newOwner.locator('[data-testid=audit-row][data-action="membership.transfer_ownership"]')).toHaveCount(2); // the refused try and the transfer
    await expect(newOwner.locator('[data-testid=audit-row][data-action="membership.grants_update"]')).toContainText("Документы: просмотр и скачивание");
    await expect(newOwner.locator('[data-testid=audit-row][data-action="access.denied"]').first()).toContainText(owner.name);

    // Filter by action, then the CSV of the same filter.
    await newOwner.getByLabel("Действие").selectOption("membership.transfer_ownership");
    await newOwner.getByRole("button", { name: "Показать" }).click();
    await expect(newOwner).toHaveURL(/action=membership\.transfer_ownership/);
    await expect(newOwner.getByTestId("audit-row")).toHaveCount(2);
    const href = await newOwner.getByTestId("audit-export").getAttribute("href");
    const csv = await newOwner.request.get(href!);
    expect(csv.status()).toBe(200);
    const text = await csv.text();
    expect(text).toContain("Передача владения кабинетом");
    expect(text).not.toContain("Изменение прав пользователя");
    await newOwner.context().close();
  });
});
