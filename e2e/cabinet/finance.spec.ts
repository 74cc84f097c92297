import { expect, test } from "@playwright/test";
import { login } from "../fixtures/login";
import { db } from "../fixtures/db";
import { DEMO_PASSWORD, money, seededAccount } from "./fixtures";
import { createSubscriber } from "../fixtures/people";

test("the owner sees the ledger with a running balance, filters it and pages through it", async ({ page }) => {
  const { account, balance, ledgerCount } = await seededAccount("100000001");
  await login(page, "alogistic", DEMO_PASSWORD);
  await page.goto("/finance");
  await expect(page.getByRole("heading", { level: 1, name: "Финансы" })).toBeVisible();
  await expect(page.getByTestId("balance-value")).toHaveText(money(balance));
  await expect(page.getByTestId("ledger-count")).toContainText(String(ledgerCount));
  const rows = page.getByTestId("ledger-row");
  await expect(rows).toHaveCount(20);
  await expect(rows.first().getByTestId("balance-after")).toHaveText(money(balance));

  // Page 2 starts where page 1 ended: its first balance is the true balance after that entry.
  const entries = await db.ledgerEntry.findMany({ where: { accountId: account.id }, orderBy: [{ occurredAt: "desc" }, { id: "desc" }] });
  const after21st = balance - entries.slice(0, 20).reduce((s, e) => s + e.amount, 0);
  await page.getByRole("link", { name: "Вперёд" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByTestId("ledger-row").first().getByTestId("balance-after")).toHaveText(money(after21st));

  await page.goto("/finance");
  await page.getByLabel("Тип операции").selectOption("PAYMENT");
  await page.getByRole("button", { name: "Показать" }).click();
  await expect(page).toHaveURL(/kind=PAYMENT/);
  const payments = entries.filter((e) => e.kind === "PAYMENT").length;
  await expect(page.getByTestId("ledger-count")).toContainText(String(payments));
  await expect(page.getByTestId("ledger-row").first()).toContainText("Платёж");
  await expect(page.getByTestId("ledger-rows")).not.toContainText("Списание");

  await expect(page.getByTestId("monthly-rows").getByRole("row").first()).toBeVisible();
});

test("an invoice for top-up is issued at once and downloads as a PDF", async ({ page }) => {
  const { account, owner } = await createSubscriber();
  await login(page, owner.login);
  await page.goto("/finance");
  const amount = page.getByLabel("Сумма, ₸");
  await amount.fill("сто");
  await page.getByRole("button", { name: "Выставить счёт" }).click();
  await expect(page.getByText("Введите сумму цифрами")).toBeVisible();
  await amount.fill("50 000");
  await page.getByRole("button", { name: "Выставить счёт" }).click();
  await expect(page.getByTestId("topup-created")).toContainText("50 000,00");
  const invoice = await db.document.findFirstOrThrow({ where: { accountId: account.id, kind: "INVOICE" } });
  expect(invoice).toMatchObject({ amountGross: 50_000_00, status: "ISSUED" });
  await expect(page.getByTestId("topup-created")).toContainText(invoice.number);
  const href = await page.getByTestId("topup-download").getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
  expect(await db.auditLog.count({ where: { accountId: account.id, action: "document.create", objectId: invoice.id } })).toBe(1);
});

test("a member without the finance grant cannot open the finance screen", async ({ page }) => {
  const { member } = await createSubscriber({ memberPermissions: ["documents.read", "notices.read"] });
  await login(page, member!.login);
  await page.goto("/finance");
  await expect(page.getByTestId("forbidden")).toBeVisible();
  await expect(page.getByTestId("balance-value")).toHaveCount(0);
});
