import { expect, test } from "@playwright/test";
import { login } from "../fixtures/login";
import { DEMO_PASSWORD, createAccountNotice } from "./fixtures";
import { createSubscriber } from "../fixtures/people";

const badge = (page: import("@playwright/test").Page) => page.locator("aside").getByTestId("unread-count");

test("notices show severity and unread marks; marking read updates the shell's count", async ({ page }) => {
  const { account, owner } = await createSubscriber();
  const first = await createAccountNotice(account.id, `Плановая замена оборудования ${account.number}`);
  await createAccountNotice(account.id, `Счёт выставлен ${account.number}`, "INFO");
  await login(page, owner.login);
  await page.goto("/notices");
  await expect(page.getByRole("heading", { level: 1, name: "Уведомления" })).toBeVisible();
  const before = Number(await badge(page).textContent());
  expect(before).toBeGreaterThanOrEqual(2);
  const item = page.getByTestId("notice").filter({ hasText: first.titleRu });
  await expect(item.getByTestId("unread-mark")).toBeVisible();
  await expect(item).toContainText("Важно");
  await item.getByRole("button", { name: "Отметить прочитанным" }).click();
  await expect(item.getByTestId("unread-mark")).toHaveCount(0);
  await expect(badge(page)).toHaveText(String(before - 1));

  await page.getByRole("button", { name: "Отметить все прочитанными" }).click();
  await expect(page.getByTestId("unread-mark")).toHaveCount(0);
  await expect(badge(page)).toHaveCount(0);
  await page.goto("/notices?unread=1");
  await expect(page.getByText("Все уведомления прочитаны")).toBeVisible();
});

test("the seeded person reads her notices in Kazakh", async ({ page }) => {
  await login(page, "saule", DEMO_PASSWORD);
  await page.getByTestId("language-switcher").selectOption("kk");
  await expect(page.getByRole("heading", { level: 1, name: "Басты бет" })).toBeVisible();
  await page.goto("/notices");
  await expect(page.getByRole("heading", { level: 1, name: "Хабарламалар" })).toBeVisible();
  await expect(page.getByTestId("notice-list")).toContainText("Төлем есепке алынды");
  await expect(page.getByTestId("notice-list")).toContainText("Жеке кабинеттегі жоспарлы жұмыстар");
});

test("a member without the notices grant cannot open the notices", async ({ page }) => {
  const { member } = await createSubscriber({ memberPermissions: ["finance.read"] });
  await login(page, member!.login);
  await page.goto("/notices");
  await expect(page.getByTestId("forbidden")).toBeVisible();
  await expect(page.locator("aside").getByTestId("unread-count")).toHaveCount(0);
});

test("a notice published while the cabinet is open reaches the menu's count without a page load", async ({ page }) => {
  const { account, owner } = await createSubscriber();
  await login(page, owner.login);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const before = (await badge(page).count()) ? Number(await badge(page).textContent()) : 0;
  await createAccountNotice(account.id, `Новое уведомление ${account.number}`);
  // Coming back to the tab asks again (TanStack Query refetches on visibilitychange). The
  // badge's query loads after the page, so until it listens an event goes unheard: come
  // back until it answers.
  await expect(async () => {
    await page.evaluate(() => window.dispatchEvent(new Event("visibilitychange")));
    await expect(badge(page)).toHaveText(String(before + 1), { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  // The route answers the database's count for the account on screen.
  const answer = await page.request.get("/api/notices/unread");
  expect(answer.headers()["cache-control"]).toContain("no-store");
  expect(await answer.json()).toEqual({ accountId: account.id, unread: before + 1 });
});
