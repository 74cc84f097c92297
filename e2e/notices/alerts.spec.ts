import { expect, test, type Page } from "@playwright/test";
import { login } from "../fixtures/login";
import { createSubscriber } from "../fixtures/people";
import { latestMail } from "../fixtures/mailbox";
import { db } from "../fixtures/db";
import { clock } from "../../lib/clock";

// The low-balance alert end to end: the owner of a prepaid account sets a threshold on
// /profile/alerts, a charge written by the cabinet itself (a service connected from
// /services/changes: a pro-rata charge for the rest of the month) takes the balance below
// it, and exactly one mail arrives in the development outbox, however often the balance is
// looked at afterwards; its unsubscribe link, opened signed out, turns that alert's mail off.

const THRESHOLD_TIYN = 15_000_00;

async function pay(accountId: string, tiyn: number) {
  await db.ledgerEntry.create({
    data: { accountId, kind: "PAYMENT", amount: tiyn, descriptionRu: "Оплата", descriptionKk: "Төлем", descriptionEn: "Payment", occurredAt: clock.now() },
  });
}

async function chooseTariff(page: Page, name: string) {
  const select = page.getByLabel("Тариф", { exact: true });
  const value = await select.locator("option", { hasText: name }).getAttribute("value");
  await select.selectOption(value!);
}

const lowBalanceMails = (to: string) => db.outboxEmail.count({ where: { to: to.toLowerCase(), template: "alert-low-balance" } });

test("a threshold crossed by a charge sends one mail, whose unsubscribe link works", async ({ page, browser }) => {
  const { owner, account } = await createSubscriber({ billingMethod: "PREPAID", creditLimit: 100_000_00 });
  // One tenge above the threshold the owner is about to set: any charge crosses it.
  await pay(account.id, THRESHOLD_TIYN + 1_00);

  await login(page, owner.login);
  await page.goto("/profile/alerts");
  await expect(page.getByRole("heading", { level: 1, name: "Оповещения" })).toBeVisible();
  const low = page.getByTestId("alert-LOW_BALANCE");
  await expect(low.getByLabel("Письмо")).toBeChecked();
  await low.getByLabel("Порог баланса, ₸").fill("15 000");
  await page.getByRole("button", { name: "Сохранить" }).click();
  await expect(page.getByText("Настройки сохранены")).toBeVisible();
  await expect
    .poll(async () => (await db.alertPreference.findFirst({ where: { userId: owner.id, accountId: account.id, kind: "LOW_BALANCE" } }))?.thresholdTiyn)
    .toBe(THRESHOLD_TIYN);

  // The charge: a service connected now, charged for the rest of the month.
  await page.goto("/services/changes");
  await chooseTariff(page, "Бизнес 100 Мбит/с");
  await page.getByRole("button", { name: "Подключить", exact: true }).click();
  await expect(page.getByTestId("change-result")).toContainText("Подключение: Бизнес 100 Мбит/с");
  expect(await db.ledgerEntry.count({ where: { accountId: account.id, kind: "CHARGE" } })).toBe(1);

  const mail = await latestMail(owner.email, "alert-low-balance");
  expect(mail.subject).toMatch(/^Баланс ниже 15\s000,00\s₸$/);
  expect(mail.text).toContain(account.number);

  // Looking at the balance again and again sends nothing more.
  for (const path of ["/dashboard", "/finance", "/dashboard", "/notices"]) await page.goto(path);
  await expect(page.getByTestId("notice").filter({ hasText: /Баланс ниже 15\s000,00\s₸/ })).toHaveCount(1);
  await page.waitForTimeout(2_000); // a mail the worker would still deliver has time to land
  expect(await lowBalanceMails(owner.email)).toBe(1);
  expect(await db.mailJob.count({ where: { to: owner.email.toLowerCase(), template: "alert-low-balance" } })).toBe(1);

  // The link, opened by someone not signed in (a mail client, a phone): a question first.
  const link = mail.text.match(/https?:\/\/\S+?(\/unsubscribe\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/);
  expect(link, mail.text).not.toBeNull();
  const stranger = await browser.newPage();
  await stranger.goto(link![1]);
  await expect(stranger.getByText(/Больше не присылать письма «Низкий баланс»/)).toBeVisible();
  expect((await db.alertPreference.findFirst({ where: { userId: owner.id, accountId: account.id, kind: "LOW_BALANCE" } }))?.isEmailOn).toBe(true);
  await stranger.getByTestId("unsubscribe-confirm").click();
  await expect(stranger.getByText(/Готово: письма «Низкий баланс»/)).toBeVisible();
  const after = await db.alertPreference.findFirst({ where: { userId: owner.id, accountId: account.id, kind: "LOW_BALANCE" } });
  expect(after).toMatchObject({ isEmailOn: false, isNoticeOn: true, thresholdTiyn: THRESHOLD_TIYN });
  // The other alerts are untouched.
  expect(await db.alertPreference.count({ where: { userId: owner.id, accountId: account.id, isEmailOn: false } })).toBe(1);

  // RFC 8058 one-click, as a mail client sends it: answered at once.
  const token = link![1].split("/").pop()!;
  const oneClick = await stranger.request.post(`/api/unsubscribe/${token}`, { form: { "List-Unsubscribe": "One-Click" } });
  expect(oneClick.status()).toBe(200);
  // A forged token changes nothing.
  const forged = await stranger.request.post(`/api/unsubscribe/${token.slice(0, -2)}xx`, { form: { "List-Unsubscribe": "One-Click" } });
  expect(forged.status()).toBe(404);
  await stranger.close();

  // The settings page shows that mail off now.
  await page.goto("/profile/alerts");
  await expect(page.getByTestId("alert-LOW_BALANCE").getByLabel("Письмо")).not.toBeChecked();
});

test("a member without the finance grant has no low-balance alert and no threshold", async ({ page }) => {
  const { member } = await createSubscriber({ billingMethod: "PREPAID", memberPermissions: ["services.read", "documents.read", "notices.read"] });
  await login(page, member!.login);
  await page.goto("/profile/alerts");
  await expect(page.getByTestId("alert-DOCUMENT_ISSUED")).toBeVisible();
  await expect(page.getByTestId("alert-LOW_BALANCE")).toHaveCount(0);
  await expect(page.getByLabel("Порог баланса, ₸")).toHaveCount(0);
});
