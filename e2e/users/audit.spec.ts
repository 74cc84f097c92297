import { expect, test } from "@playwright/test";
import { db } from "../fixtures/db";
import { login } from "../fixtures/login";
import { createPerson, createSubscriber, uniqueEmail } from "../fixtures/people";
import { inviteUser } from "./helpers";
import { clock } from "../../lib/clock";

test.describe("the audit log", () => {
  test("every change to the cabinet's users is there: who, what, which object, when, from where; filters narrow it", async ({ page }) => {
    const { owner, account } = await createSubscriber();
    await login(page, owner.login);
    const email = uniqueEmail("audited");
    await inviteUser(page, { email, name: "Жанна Аудитова" }, "VIEWER");
    await expect(page).toHaveURL(/invited=newPerson/);
    await page.getByTestId("resend-invitation").click();
    await expect(page.getByText(`Новое приглашение отправлено на ${email}`)).toBeVisible();
    await page.getByTestId("grant-requests.manage").check();
    await page.getByRole("button", { name: "Сохранить права" }).click();
    await expect(page.getByText("Права сохранены")).toBeVisible();
    await page.getByTestId("suspend-member").click();
    await page.getByTestId("suspend-member-dialog").getByLabel("Причина").fill("Сотрудник в отпуске");
    await page.getByTestId("confirm-suspend").click();
    await expect(page.getByTestId("restore-member")).toBeVisible();
    await page.getByTestId("restore-member").click();
    await expect(page.getByTestId("suspend-member")).toBeVisible();
    await page.getByTestId("remove-member").click();
    await page.getByTestId("remove-member-dialog").getByLabel("Причина").fill("Сотрудник уволился");
    await page.getByTestId("confirm-remove").click();
    await expect(page).toHaveURL(/\/users$/);

    await page.goto("/audit");
    const expected: Array<[string, string]> = [
      ["user.invite", "Приглашение нового пользователя"],
      ["user.invitation_resend", "Повторная отправка приглашения"],
      ["membership.grants_update", "Изменение прав пользователя"],
      ["membership.suspend", "Приостановка доступа пользователя"],
      ["membership.restore", "Восстановление доступа пользователя"],
      ["membership.remove", "Удаление пользователя из кабинета"],
    ];
    for (const [action, label] of expected) {
      const row = page.locator(`[data-testid=audit-row][data-action="${action}"]`).first();
      await expect(row).toContainText(label);
      await expect(row).toContainText(owner.name);
      await expect(row).toContainText("127.0.0.1");
    }
    await expect(page.locator('[data-testid=audit-row][data-action="membership.remove"]')).toContainText(email);

    // Filter by person: only the owner's own six changes.
    await page.getByLabel("Пользователь").selectOption({ label: `${owner.name} (${owner.email})` });
    await page.getByRole("button", { name: "Показать" }).click();
    await expect(page).toHaveURL(new RegExp(`user=${owner.id}`));
    await expect(page.getByTestId("audit-row")).toHaveCount(6);

    // A period before anything happened: nothing.
    await page.goto("/audit?to=2020-01-01");
    await expect(page.getByText("За выбранный период записей нет")).toBeVisible();

    const csv = await page.request.get("/api/audit/export");
    const text = await csv.text();
    expect(csv.headers()["content-disposition"]).toContain(account.number);
    for (const [action] of expected) expect(text).toContain(action);
  });

  test("provider access reads as such, with the person acted for; unknown actions show as written", async ({ page }) => {
    const { owner, account } = await createSubscriber();
    const staff = await createPerson({ staffRole: "SUPPORT", name: "Динара Сотрудникова" });
    await db.auditLog.createMany({
      data: [
        { accountId: account.id, actorId: staff.id, subjectUserId: owner.id, action: "impersonation.start", objectType: "user", objectId: owner.id, ip: "10.9.9.9" },
        { accountId: account.id, actorId: owner.id, action: "billing.future_thing", ip: "10.9.9.8" },
      ],
    });
    await login(page, owner.login);
    await page.goto("/audit");
    const viaStaff = page.locator('[data-testid=audit-row][data-action="impersonation.start"]');
    await expect(viaStaff).toContainText("Доступ провайдера");
    await expect(viaStaff).toContainText("Динара Сотрудникова");
    await expect(viaStaff).toContainText(`от имени ${owner.name}`);
    await expect(viaStaff).toContainText("10.9.9.9");
    await expect(page.locator('[data-testid=audit-row][data-action="billing.future_thing"]')).toContainText("billing.future_thing");
  });

  // Needs the documents feature (its PDF route writes "document.download"): passes after the merge.
  test("a document download appears in the log", async ({ page }) => {
    const { owner, account } = await createSubscriber();
    const doc = await db.document.create({
      data: {
        accountId: account.id,
        kind: "INVOICE",
        number: `AUD-${account.number}`,
        issuedAt: clock.now(),
        vatRateBp: 1600,
        amountNet: 100_000,
        amountVat: 16_000,
        amountGross: 116_000,
        status: "ISSUED",
        lines: { create: [{ position: 1, nameRu: "Интернет", nameKk: "Интернет", nameEn: "Internet", unit: "PORT", quantity: 1, unitPrice: 100_000, amountNet: 100_000 }] },
      },
    });
    await login(page, owner.login);
    const pdf = await page.request.get(`/api/documents/${doc.id}/pdf`);
    expect(pdf.status()).toBe(200);
    await page.goto("/audit?action=document.download");
    await expect(page.locator('[data-testid=audit-row][data-action="document.download"]').first()).toContainText("Скачивание документа");
  });
});
