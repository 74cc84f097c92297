import { expect, test } from "@playwright/test";
import { db } from "../fixtures/db";
import { createSubscriber } from "../fixtures/people";
import { almatyInput, createStaff, pageFor } from "./staff-fixtures";
import { clock } from "../../lib/clock";

// The window is addressed to this spec's account, so the other specs running alongside
// keep their cabinet; the everybody-window's rules are unit-tested (lib/maintenance).
test("during a maintenance window the account's customers get the maintenance page with 503 while staff keep working", async ({ browser }) => {
  const { subscriber, account, owner } = await createSubscriber();
  const bystander = await createSubscriber();
  const admin = await createStaff("ADMIN");
  const ownerPage = await pageFor(browser, owner);
  const adminPage = await pageFor(browser, admin);

  await adminPage.goto("/staff/maintenance");
  const form = adminPage.getByTestId("maintenance-form");
  await form.getByLabel("Кого касается").selectOption("ACCOUNT");
  await form.getByLabel("Номер лицевого счёта").fill(account.number);
  await form.getByLabel("Начало (время Астаны)").fill(almatyInput(new Date(clock.nowMs() - 60_000)));
  await form.getByLabel("Окончание (время Астаны)").fill(almatyInput(new Date(clock.nowMs() + 30 * 60_000)));
  await form.getByRole("button", { name: "Объявить работы" }).click();
  await expect(adminPage.getByTestId("maintenance-list")).toContainText("идёт сейчас");
  const window = await db.maintenanceWindow.findFirstOrThrow({ where: { notice: { accountId: account.id } }, include: { notice: true } });
  expect(window.notice).toMatchObject({ kind: "MAINTENANCE", audience: "ACCOUNT" });

  // The proxy's state refreshes every few seconds.
  await expect.poll(async () => (await ownerPage.goto("/dashboard"))!.status(), { timeout: 20_000, intervals: [1000] }).toBe(503);
  const response = await ownerPage.goto("/dashboard");
  expect(Number(response!.headers()["retry-after"])).toBeGreaterThan(60);
  await expect(ownerPage.getByTestId("maintenance-page")).toContainText("Профилактические работы в личном кабинете");

  // Another subscriber's cabinet works; staff work, including viewing the closed cabinet.
  const bystanderPage = await pageFor(browser, bystander.owner);
  expect((await bystanderPage.goto("/dashboard"))!.status()).toBe(200);
  expect((await adminPage.goto(`/staff/subscribers/${subscriber.id}`))!.status()).toBe(200);
  const view = adminPage.getByTestId(`impersonate-form-${account.id}`);
  await view.getByLabel("Цель просмотра").fill("Проверка кабинета во время работ");
  await view.getByRole("button", { name: "Смотреть как пользователь" }).click();
  await expect(adminPage).toHaveURL(/\/dashboard$/);
  await expect(adminPage.getByTestId("impersonation-banner")).toBeVisible();
  await adminPage.getByTestId("stop-impersonation").click();
  await expect(adminPage).toHaveURL(/\/staff$/);

  // Ended early: the cabinet is back.
  await adminPage.goto("/staff/maintenance");
  await adminPage.getByTestId(`end-maintenance-${window.id}`).click();
  await expect(adminPage.getByTestId(`end-maintenance-${window.id}`)).toHaveCount(0);
  await expect.poll(async () => (await ownerPage.goto("/dashboard"))!.status(), { timeout: 20_000, intervals: [1000] }).toBe(200);
});
